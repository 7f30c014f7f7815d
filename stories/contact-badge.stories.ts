import type {Meta} from '@storybook/web-components-vite';
import {html} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import '../src/contact-badge/define.js';
import {contact, SEED, t} from './samples.js';
import {fallbackArgType, fallbackContent, type ContentArgs, type Story} from './story-types.js';

type Args = ContentArgs;

const meta: Meta<Args> = {
  title: 'Elements/Contact badge',
  component: 'thamm-contact-badge',
  args: {data: contact()},
  argTypes: {
    data: {control: 'object', description: 'The Contact (JSON): edit it live.'},
    src: {control: 'text'},
    fallback: fallbackArgType,
  },
  render: (args, context) => html`<thamm-contact-badge .data=${args.data} src=${ifDefined(args.src)}
    >${fallbackContent(args.fallback, context)}</thamm-contact-badge>`,
};
export default meta;

export const Playground: Story<Args> = {};

export const SeedContact: Story<Args> = {args: {data: undefined, src: `${SEED}#/contacts/0`}};

export const WithPhoto: Story<Args> = {args: {data: contact({image: {src: 'content/images/portrait.svg', alt: ''}})}};

export const NameOnly: Story<Args> = {args: {data: {name: 'Abderrahim Amraoui'}}};

export const LongAddress: Story<Args> = {
  args: {data: contact({email: 'coordination.nationale.thamm@organisation-internationale.example.org'})},
  globals: {width: '200px'},
};

export const Loading: Story<Args> = {args: {data: undefined}, parameters: {state: 'loading'}};

export const ErrorWithFallback: Story<Args> = {
  args: {
    data: {email: 'amraoui@ilo.org'},
    fallback: t('Contact : Abderrahim Amraoui, amraoui@ilo.org', 'Contact: Abderrahim Amraoui, amraoui@ilo.org', 'للتواصل: عبد الرحيم عمراوي، amraoui@ilo.org'),
  },
  parameters: {state: 'error'},
};

export const ErrorWithoutFallback: Story<Args> = {args: {data: {}}, parameters: {state: 'error'}};

export const Narrow: Story<Args> = {globals: {width: '200px'}};
