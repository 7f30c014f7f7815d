import type {Meta} from '@storybook/web-components-vite';
import {html} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import '../src/partner-strip/define.js';
import {logo, partner, partnerStrip, SEED, t} from './samples.js';
import {fallbackArgType, fallbackContent, type ContentArgs, type Story} from './story-types.js';

type Args = ContentArgs & {'heading-level'?: number; 'logo-height'?: number; monochrome?: boolean};

const meta: Meta<Args> = {
  title: 'Elements/Partner strip',
  component: 'thamm-partner-strip',
  args: {data: partnerStrip(), 'heading-level': 2, monochrome: false},
  argTypes: {
    data: {control: 'object', description: '{title?, partners} or a bare list of partners (JSON): edit it live.'},
    src: {control: 'text'},
    'heading-level': {control: {type: 'number', min: 1, max: 6}},
    'logo-height': {control: {type: 'number', min: 16, max: 160}},
    monochrome: {control: 'boolean'},
    fallback: fallbackArgType,
  },
  render: (args, context) => html`<thamm-partner-strip .data=${args.data} src=${ifDefined(args.src)}
    heading-level=${ifDefined(args['heading-level'])} logo-height=${ifDefined(args['logo-height'])}
    ?monochrome=${args.monochrome}>${fallbackContent(args.fallback, context)}</thamm-partner-strip>`,
};
export default meta;

export const Playground: Story<Args> = {};

export const SeedPartners: Story<Args> = {args: {data: undefined, src: `${SEED}#/partners`}};

export const Monochrome: Story<Args> = {args: {monochrome: true}};

export const LogoHeight: Story<Args> = {args: {'logo-height': 72}};

export const FifteenPartners: Story<Args> = {
  args: {
    data: Array.from({length: 15}, (_, i) =>
      partner(t(`Partenaire ${i + 1}`, `Partner ${i + 1}`, `الشريك ${i + 1}`), {acronym: `P${i + 1}`, role: ['funder', 'implementer', 'government'][i % 3], logo: i % 4 ? logo(['ilo', 'iom', 'giz'][i % 3]) : undefined}),
    ),
  },
};

export const WithoutLogos: Story<Args> = {
  args: {
    data: [
      partner(t('Enabel, Agence belge de développement', 'Enabel, Belgian development agency', 'إنابل، الوكالة البلجيكية للتنمية'), {acronym: 'Enabel', url: 'https://www.enabel.be/'}),
      partner(t('Ministère du Travail et de l’Insertion Professionnelle', 'Ministry of Labour and Professional Integration', 'وزارة الشغل والإدماج المهني')),
      partner(t('Logo introuvable', 'Missing logo', 'شعار مفقود'), {acronym: 'LI', logo: {src: 'content/logos/missing.svg', alt: ''}}),
    ],
  },
};

export const Loading: Story<Args> = {args: {data: undefined}, parameters: {state: 'loading'}};

export const ErrorWithFallback: Story<Args> = {
  args: {
    data: {title: t('Sans partenaires', 'No partners', 'بلا شركاء')},
    fallback: t('Partenaires : Union européenne, BMZ, OIT, OIM, GIZ, Enabel.', 'Partners: European Union, BMZ, ILO, IOM, GIZ, Enabel.', 'الشركاء: الاتحاد الأوروبي، BMZ، منظمة العمل الدولية، المنظمة الدولية للهجرة، GIZ، Enabel.'),
  },
  parameters: {state: 'error'},
};

export const ErrorWithoutFallback: Story<Args> = {args: {data: [{role: 'funder'}]}, parameters: {state: 'error'}};

export const Narrow: Story<Args> = {globals: {width: '200px'}};
