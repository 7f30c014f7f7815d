import {DEFAULT_LANG} from './language.js';
import {parseIsoDate} from './iso-date.js';

// One formatter per language and kind: creating them is the costly part.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(lang: string, dateOnly: boolean) {
  const key = `${lang}|${dateOnly}`;
  let format = formatters.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = dateOnly ? {dateStyle: 'long', timeZone: 'UTC'} : {dateStyle: 'long'};
    try {
      format = new Intl.DateTimeFormat(lang, options);
    } catch {
      format = new Intl.DateTimeFormat(DEFAULT_LANG, options); // a malformed page `lang`
    }
    formatters.set(key, format);
  }
  return format;
}

// A feed repeats its dates, and re-renders (a new language, new data) repeat
// them all: formatting is the costly part of a card's render, so results are
// kept, up to a bound.
const formatted = new Map<string, string>();

/** An ISO 8601 date as the element's language writes it: "15 octobre 2020". */
export function formatDate(iso: string, lang: string): string {
  const key = `${lang}|${iso}`;
  let text = formatted.get(key);
  if (text === undefined) {
    if (formatted.size >= 1000) formatted.clear();
    text = formatter(lang, iso.length === 10).format(parseIsoDate(iso));
    formatted.set(key, text);
  }
  return text;
}

/**
 * Makes the first formatter of `lang` ahead of time. The page's first costs
 * tens of milliseconds (the browser loads its locale data): spent while a
 * `src` document is on its way, not after it arrives.
 */
export const prepareDates = (lang: string) => setTimeout(() => formatter(lang, true));
