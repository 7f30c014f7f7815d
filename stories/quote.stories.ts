import type {Meta} from '@storybook/web-components-vite';
import {html} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import '../src/quote/define.js';
import {quote, SEED, t} from './samples.js';
import {fallbackArgType, fallbackContent, type ContentArgs, type Story} from './story-types.js';

type Args = ContentArgs & {variant?: 'featured' | ''};

const meta: Meta<Args> = {
  title: 'Elements/Quote',
  component: 'thamm-quote',
  args: {data: quote()},
  argTypes: {
    data: {control: 'object', description: 'The Quote (JSON): edit it live.'},
    src: {control: 'text'},
    variant: {control: 'select', options: ['', 'featured']},
    fallback: fallbackArgType,
  },
  render: (args, context) => html`<thamm-quote .data=${args.data} src=${ifDefined(args.src)}
    variant=${ifDefined(args.variant || undefined)}>${fallbackContent(args.fallback, context)}</thamm-quote>`,
};
export default meta;

export const Playground: Story<Args> = {};

export const SeedProtection: Story<Args> = {args: {data: undefined, src: `${SEED}#/quotes/0`}};
export const SeedCovidCrisis: Story<Args> = {args: {data: undefined, src: `${SEED}#/quotes/1`}};
export const SeedThammProgramme: Story<Args> = {args: {data: undefined, src: `${SEED}#/quotes/2`}};

export const Featured: Story<Args> = {args: {variant: 'featured'}};

export const Loading: Story<Args> = {args: {data: undefined}, parameters: {state: 'loading'}};

export const ErrorWithFallback: Story<Args> = {
  args: {
    data: {text: t('Sans auteur', 'No speaker', 'بلا قائل')},
    fallback: t('« Migrer par choix et non par nécessité » — Rania Bikhazi, OIT', '“To migrate by choice, not out of necessity” — Rania Bikhazi, ILO', '«الهجرة عن اختيار لا عن ضرورة» — رانيا بخازي، منظمة العمل الدولية'),
  },
  parameters: {state: 'error'},
};

export const ErrorWithoutFallback: Story<Args> = {args: {data: {author: {name: 'X'}}}, parameters: {state: 'error'}};

export const RequiredFieldsOnly: Story<Args> = {
  args: {data: {text: t('Une migration équitable pour toutes et tous.', 'Fair migration for all.', 'هجرة عادلة للجميع.'), author: {name: 'Rania Bikhazi'}}},
};

export const LongWords: Story<Args> = {
  args: {data: quote({text: 'Arbeitsmigrationsgovernanceprogrammkoordinierungsstelle '.repeat(3)})},
  globals: {width: '200px'},
};
