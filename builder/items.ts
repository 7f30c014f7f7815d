import type {ContentBundle} from '../src/content-bundle.schema.js';
import {formatDate} from '../src/core/format-date.js';
import {pickText, type LocalizedText} from '../src/core/language.js';
import type {Strings} from './strings.js';

/** A text in the chosen language, with its own language when it fell back to another. */
export interface ItemText {
  value: string;
  lang?: string;
}

/** One thing an officer can embed: a JSON Pointer into the bundle, and how to recognise it. */
export interface Item {
  pointer: string;
  title: ItemText;
  /** The date, the speaker, the role: what tells two items apart. */
  detail?: ItemText;
}

export interface ItemGroup {
  /** `news`, `newsList`, `quotes`, `partners`, `contacts`: the collection's name in {@link Strings}. */
  collection: keyof Strings['collections'];
  items: Item[];
}

/** Long quotes are recognised by their first words. */
const EXCERPT = 90;
const excerpt = (text: ItemText): ItemText =>
  text.value.length > EXCERPT ? {...text, value: `${text.value.slice(0, EXCERPT).trimEnd()}…`} : text;

/**
 * The bundle's items per collection, titled in `lang` (the bundle's own `lang`
 * names its plain strings), in the order the bundle gives them. The news feed
 * (`#/news`) is one more item when there is news.
 */
export function itemGroups(bundle: ContentBundle, lang: string, strings: Strings): ItemGroup[] {
  const text = (value: LocalizedText): ItemText => {
    const picked = pickText(value, lang, bundle.lang);
    return {value: picked.value, lang: picked.lang && picked.lang.split('-')[0] !== lang ? picked.lang : undefined};
  };
  const ui = (value: string): ItemText => ({value});
  const groups: ItemGroup[] = [];
  const news = bundle.news ?? [];
  if (news.length) {
    groups.push({
      collection: 'news',
      items: news.map((item, i) => ({pointer: `/news/${i}`, title: text(item.title), detail: ui(formatDate(item.date, lang))})),
    });
    groups.push({collection: 'newsList', items: [{pointer: '/news', title: ui(strings.latestNews(news.length))}]});
  }
  const quotes = bundle.quotes ?? [];
  if (quotes.length) {
    groups.push({
      collection: 'quotes',
      items: quotes.map((quote, i) => ({pointer: `/quotes/${i}`, title: excerpt(text(quote.text)), detail: text(quote.author.name)})),
    });
  }
  if (bundle.partners) {
    const strip = bundle.partners;
    const partners = Array.isArray(strip) ? strip : strip.partners;
    const title = Array.isArray(strip) || !strip.title ? ui(strings.collections.partners) : text(strip.title);
    groups.push({collection: 'partners', items: [{pointer: '/partners', title, detail: ui(strings.partnersItem(partners.length))}]});
  }
  const contacts = bundle.contacts ?? [];
  if (contacts.length) {
    groups.push({
      collection: 'contacts',
      items: contacts.map((contact, i) => ({
        pointer: `/contacts/${i}`,
        title: text(contact.name),
        ...(contact.role ? {detail: text(contact.role)} : {}),
      })),
    });
  }
  return groups;
}
