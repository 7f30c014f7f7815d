import type {Meta} from '@storybook/web-components-vite';
import {html} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import '../src/news-list/define.js';
import {newsItems, newsList, SEED, t} from './samples.js';
import {fallbackArgType, fallbackContent, type ContentArgs, type Story} from './story-types.js';

type Args = ContentArgs & {'heading-level'?: number; limit?: number; tag?: string};

const meta: Meta<Args> = {
  title: 'Elements/News list',
  component: 'thamm-news-list',
  args: {data: newsList(), 'heading-level': 2, limit: 3},
  argTypes: {
    data: {control: 'object', description: '{title?, items, more?} or a bare list of news items (JSON): edit it live.'},
    src: {control: 'text'},
    'heading-level': {control: {type: 'number', min: 1, max: 6}},
    limit: {control: {type: 'number', min: 1, max: 24}},
    tag: {control: 'text', description: 'Only items with this tag, in any of its languages.'},
    fallback: fallbackArgType,
  },
  render: (args, context) => html`<thamm-news-list .data=${args.data} src=${ifDefined(args.src)}
    heading-level=${ifDefined(args['heading-level'])} limit=${ifDefined(args.limit)} tag=${ifDefined(args.tag || undefined)}
    >${fallbackContent(args.fallback, context)}</thamm-news-list>`,
};
export default meta;

export const Playground: Story<Args> = {};

export const SeedNews: Story<Args> = {args: {data: undefined, src: `${SEED}#/news`}};

export const BareList: Story<Args> = {args: {data: newsItems(), limit: 5}};

export const FilteredByTag: Story<Args> = {args: {tag: 'Mobility'}};

export const NothingMatches: Story<Args> = {args: {tag: 'Aucun'}};

export const Loading: Story<Args> = {args: {data: undefined}, parameters: {state: 'loading'}};

export const ErrorWithoutFallback: Story<Args> = {args: {data: {title: t('Actualités', 'News', 'أخبار')}}, parameters: {state: 'error'}};

export const ErrorWithFallback: Story<Args> = {
  args: {
    data: {items: [{title: t('Sans date', 'Undated', 'بلا تاريخ')}]},
    fallback: t('Toutes les actualités du programme THAMM sur le site de l’OIT.', 'All THAMM programme news on the ILO website.', 'كل أخبار برنامج تهام على موقع منظمة العمل الدولية.'),
  },
  parameters: {state: 'error'},
};
