import {formatDate} from '../core/format-date.js';
import {directionOf, pickText, type LocalizedText} from '../core/language.js';
import {comma} from '../core/punctuation.js';
import {mailtoHref} from '../core/url-policy.js';
import type {Contact} from '../contact-badge/contact.schema.js';
import type {NewsItem} from '../news-card/news-item.schema.js';
import {latest, shownCount} from '../news-list/latest.js';
import type {NewsList} from '../news-list/news-list.schema.js';
import type {PartnerStrip} from '../partner-strip/partner-strip.schema.js';
import {quotationMarks} from '../quote/quotation-marks.js';
import type {Quote} from '../quote/quote.schema.js';
import {escapeAttribute, escapeText} from './escape.js';
import {linkHref} from './links.js';

/**
 * Fallback content made from validated content: what a reader sees with no
 * JavaScript, before the element is defined, where an editor kept only the
 * blockquote, or when the content cannot be loaded. Only tags that
 * WordPress's post filter and Drupal's "Basic HTML" keep: `p`, `a`, `ul`,
 * `li`, and `span lang dir` for text in another language (Drupal drops the
 * span, not its text). Every text is escaped, every URL goes through the policy.
 */
export interface FallbackContext {
  /** The language of the snippet. */
  lang: string;
  /** The language of the content's plain strings (the bundle's `lang`). */
  contentLang?: string;
  /** What relative URLs in the content resolve against (see links.ts). */
  base: URL;
  /** The element's attributes, for what they change in the content shown (the news list's `limit`, `tag`). */
  attributes: Readonly<Record<string, unknown>>;
  /** Called with each field the policy drops, worded as the elements warn. */
  warn: (message: string) => void;
}

const base = (lang: string) => lang.split('-')[0].toLowerCase();

/** Content text in the snippet's language, marked with its own where it fell back to another. */
function text(value: LocalizedText, context: FallbackContext, wrap = (s: string) => s) {
  const picked = pickText(value, context.lang, context.contentLang);
  const escaped = escapeText(wrap(picked.value));
  if (!picked.lang || base(picked.lang) === base(context.lang)) return escaped;
  return `<span lang="${escapeAttribute(picked.lang)}" dir="${directionOf(picked.lang)}">${escaped}</span>`;
}

/** A link when the URL passes the policy, else the text alone (and one warning, as the element gives). */
function link(html: string, url: string | undefined, field: string, context: FallbackContext) {
  if (url === undefined) return html;
  const href = linkHref(url, context.base);
  if (href === undefined) {
    context.warn(`${field}: unsafe URL dropped (${JSON.stringify(url.slice(0, 80))})`);
    return html;
  }
  return `<a href="${escapeAttribute(href)}">${html}</a>`;
}

/** "Name, role, organisation", as the elements write a person: «،» in Arabic. */
function person(who: {name: LocalizedText; role?: LocalizedText; organization?: LocalizedText}, context: FallbackContext) {
  return [who.name, who.role, who.organization]
    .filter((part) => part !== undefined)
    .map((part) => text(part, context))
    .join(comma(context.lang));
}

/** The title as a link, and the date as the card writes it. */
function newsLine(item: NewsItem, context: FallbackContext, field: string) {
  return `${link(text(item.title, context), item.url, field, context)}${comma(context.lang)}${escapeText(formatDate(item.date, context.lang))}`;
}

/** A news item: its title as a link, with its date. */
export function newsFallback(item: NewsItem, context: FallbackContext): string[] {
  return [`<p>${newsLine(item, context, 'url')}</p>`];
}

/**
 * The list's title, then the items the list shows (the newest `limit`, with
 * `tag`), each as a card's fallback, then the "more" link (its URL as its
 * text when the content gives no label: the localized default is the
 * element's). With no item to show, the fallback keeps the title and the link.
 */
export function newsListFallback(list: NewsList, context: FallbackContext): string[] {
  const {title, items, more} = Array.isArray(list) ? {items: list, title: undefined, more: undefined} : list;
  const limit = shownCount(context.attributes.limit);
  const tag = typeof context.attributes.tag === 'string' && context.attributes.tag ? context.attributes.tag : undefined;
  const prefix = Array.isArray(list) ? '' : 'items.';
  const shown = latest(items, limit, tag).map((item) => `  <li>${newsLine(item, context, `${prefix}${items.indexOf(item)}.url`)}</li>`);
  return [
    ...(title ? [`<p>${text(title, context)}</p>`] : []),
    ...(shown.length ? ['<ul>', ...shown, '</ul>'] : []),
    ...(more ? [`<p>${link(more.label ? text(more.label, context) : escapeText(more.url), more.url, 'more.url', context)}</p>`] : []),
  ];
}

/** The words in their language's quotation marks, then the speaker. */
export function quoteFallback(quote: Quote, context: FallbackContext): string[] {
  const lang = pickText(quote.text, context.lang, context.contentLang).lang ?? context.lang;
  const [open, close] = quotationMarks(lang);
  return [`<p>${text(quote.text, context, (words) => open + words + close)}</p>`, `<p>${person(quote.author, context)}</p>`];
}

/** The strip's title, then each partner's name, as a link where it has one. */
export function partnerStripFallback(strip: PartnerStrip, context: FallbackContext): string[] {
  const {title, partners} = Array.isArray(strip) ? {title: undefined, partners: strip} : strip;
  const prefix = Array.isArray(strip) ? '' : 'partners.';
  return [
    ...(title ? [`<p>${text(title, context)}</p>`] : []),
    '<ul>',
    ...partners.map((partner, i) => `  <li>${link(text(partner.name, context), partner.url, `${prefix}${i}.url`, context)}</li>`),
    '</ul>',
  ];
}

/** Name, role and organisation, then the e-mail as a mailto link when it is a plain address. */
export function contactFallback(contact: Contact, context: FallbackContext): string[] {
  const lines = [`<p>${person(contact, context)}</p>`];
  if (contact.email) {
    // Like the element, an address that is not plain is left out, not shown as text.
    const href = mailtoHref(contact.email);
    if (href) lines.push(`<p><a href="${escapeAttribute(href)}">${escapeText(contact.email)}</a></p>`);
    else context.warn('email: not a plain e-mail address; no link made');
  }
  return lines;
}
