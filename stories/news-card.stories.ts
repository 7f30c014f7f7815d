import type {Meta} from '@storybook/web-components-vite';
import {html} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import '../src/news-card/define.js';
import {newsItem, SEED, t} from './samples.js';
import {fallbackArgType, fallbackContent, type ContentArgs, type Story} from './story-types.js';

type Args = ContentArgs & {'heading-level'?: number};

const meta: Meta<Args> = {
  title: 'Elements/News card',
  component: 'thamm-news-card',
  args: {data: newsItem(), 'heading-level': 3},
  argTypes: {
    data: {control: 'object', description: 'The NewsItem (JSON): edit it live.'},
    src: {control: 'text'},
    'heading-level': {control: {type: 'number', min: 1, max: 6}},
    fallback: fallbackArgType,
  },
  render: (args, context) => html`<thamm-news-card .data=${args.data} src=${ifDefined(args.src)}
    heading-level=${ifDefined(args['heading-level'])}>${fallbackContent(args.fallback, context)}</thamm-news-card>`,
};
export default meta;

export const Playground: Story<Args> = {};

export const SeedArticle: Story<Args> = {args: {data: undefined, src: `${SEED}#/news/0`}};

export const Loading: Story<Args> = {args: {data: undefined}, parameters: {state: 'loading'}};

export const ErrorWithFallback: Story<Args> = {
  args: {
    data: {title: t('Sans date', 'Undated', 'بلا تاريخ')},
    fallback: t('Lancement officiel du programme THAMM au Maroc — 15 octobre 2020', 'Official launch of the THAMM programme in Morocco — 15 October 2020', 'الإطلاق الرسمي لبرنامج تهام في المغرب — 15 أكتوبر 2020'),
  },
  parameters: {state: 'error'},
};

export const ErrorWithoutFallback: Story<Args> = {args: {data: {date: '2020-10-15'}}, parameters: {state: 'error'}};

export const LongTitleAndWords: Story<Args> = {
  args: {
    data: newsItem({
      title: t(
        'Programme « Pour une approche globale de la gouvernance de la migration et de la mobilité de main-d’œuvre en Afrique du Nord » : Arbeitsmigrationsgovernanceprogrammkoordinierungsstelle',
        'Programme “Towards a Holistic Approach to Labour Migration Governance and Labour Mobility in North Africa”: Arbeitsmigrationsgovernanceprogrammkoordinierungsstelle',
        'برنامج «من أجل مقاربة شاملة لحوكمة هجرة اليد العاملة وتنقلها في شمال أفريقيا»: Arbeitsmigrationsgovernanceprogrammkoordinierungsstelle',
      ),
      summary: t(
        'https://www.example.org/un/tres/long/chemin/sans/espaces/qui/ne/doit/jamais/deborder/de/la/carte',
        'https://www.example.org/a/very/long/path/with/no/spaces/that/must/never/overflow/the/card',
        'https://www.example.org/مسار/طويل/جدا/بلا/مسافات/لا/يجب/أن/يتجاوز/البطاقة',
      ),
    }),
  },
};

export const NoImage: Story<Args> = {args: {data: newsItem({image: undefined})}};

export const RequiredFieldsOnly: Story<Args> = {
  args: {data: {title: t('Lancement du programme THAMM', 'Launch of the THAMM programme', 'إطلاق برنامج تهام'), date: '2020-10-15'}},
};

export const ManyTags: Story<Args> = {
  args: {
    data: newsItem({
      tags: [
        'THAMM', t('Maroc', 'Morocco', 'المغرب'), t('Tunisie', 'Tunisia', 'تونس'), t('Égypte', 'Egypt', 'مصر'), t('OIT', 'ILO', 'م.ع.د'),
        t('OIM', 'IOM', 'م.د.ه'), 'GIZ', 'Enabel', t('Union européenne', 'European Union', 'الاتحاد الأوروبي'), 'BMZ',
        t('Mobilité', 'Mobility', 'التنقل'), t('Recrutement équitable', 'Fair recruitment', 'التوظيف العادل'),
        t('Compétences', 'Skills', 'المهارات'), t('Protection sociale', 'Social protection', 'الحماية الاجتماعية'),
      ],
    }),
  },
};

export const Narrow: Story<Args> = {globals: {width: '200px'}};

export const Wide: Story<Args> = {globals: {width: '1000px'}};
