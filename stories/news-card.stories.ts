import type {Meta} from '@storybook/web-components-vite';
import {html} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import '../src/news-card/define.js';
import {newsItem, SEED} from './samples.js';
import type {ContentArgs, Story} from './story-types.js';

type Args = ContentArgs & {'heading-level'?: number};

const meta: Meta<Args> = {
  title: 'Elements/News card',
  component: 'thamm-news-card',
  args: {data: newsItem(), 'heading-level': 3},
  argTypes: {
    data: {control: 'object', description: 'The NewsItem (JSON): edit it live.'},
    src: {control: 'text'},
    'heading-level': {control: {type: 'number', min: 1, max: 6}},
    fallback: {control: 'text', description: 'Light-DOM fallback content (shown before definition and on error).'},
  },
  render: (args) => html`<thamm-news-card .data=${args.data} src=${ifDefined(args.src)}
    heading-level=${ifDefined(args['heading-level'])}>${args.fallback ? html`<p>${args.fallback}</p>` : ''}</thamm-news-card>`,
};
export default meta;

export const Playground: Story<Args> = {};

export const SeedArticle: Story<Args> = {args: {data: undefined, src: `${SEED}#/news/0`}};

export const Loading: Story<Args> = {args: {data: undefined}, parameters: {state: 'loading'}};

export const ErrorWithFallback: Story<Args> = {
  args: {data: {title: 'Sans date'}, fallback: 'Lancement officiel du programme THAMM au Maroc — 15 octobre 2020'},
  parameters: {state: 'error'},
};

export const ErrorWithoutFallback: Story<Args> = {args: {data: {date: '2020-10-15'}}, parameters: {state: 'error'}};

export const LongTitleAndWords: Story<Args> = {
  args: {
    data: newsItem({
      title: 'Programme « Pour une approche globale de la gouvernance de la migration et de la mobilité de main-d’œuvre en Afrique du Nord » : Arbeitsmigrationsgovernanceprogrammkoordinierungsstelle',
      summary: 'https://www.example.org/un/tres/long/chemin/sans/espaces/qui/ne/doit/jamais/deborder/de/la/carte',
    }),
  },
};

export const NoImage: Story<Args> = {args: {data: newsItem({image: undefined})}};

export const RequiredFieldsOnly: Story<Args> = {args: {data: {title: 'Lancement du programme THAMM', date: '2020-10-15'}}};

export const ManyTags: Story<Args> = {
  args: {
    data: newsItem({
      tags: ['THAMM', 'Maroc', 'Tunisie', 'Égypte', 'OIT', 'OIM', 'GIZ', 'Enabel', 'Union européenne', 'BMZ', 'Mobilité', 'Recrutement équitable', 'Compétences', 'Protection sociale'],
    }),
  },
};

export const Narrow: Story<Args> = {globals: {width: '200'}};

export const Wide: Story<Args> = {globals: {width: '1000'}};
