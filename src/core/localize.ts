/**
 * UI strings per element, not per page.
 *
 * Strings are written with @lit/localize's `msg()` signature, so
 * `lit-localize extract` finds them and XLIFF carries them to translators, and
 * looked up with its own runtime lookup. But @lit/localize's
 * `configureLocalization` holds one locale for the whole page and may be
 * called only once: widgets in two languages side by side, or a host page that
 * configures @lit/localize for itself, cannot share that. So each element
 * gets a translator bound to its own locale, and nothing global is installed.
 */
import type {msg, TemplateMap} from '@lit/localize';
// An internal path of a 0.x package, used only here: @lit/localize's index
// would also bring its page-wide runtime, which the widgets never install.
// test/node/lit-internals.test.js fails if the path or its exports move.
import {joinStringsAndValues, type StrResult} from '@lit/localize/internal/str-tag.js';

/** `str` for messages with values; re-exported so no element imports the internal path itself. */
export {str} from '@lit/localize/internal/str-tag.js';
import {sourceLocale, targetLocales} from '../generated/locale-codes.js';
import {templates as ar} from '../generated/locales/ar.js';
import {templates as en} from '../generated/locales/en.js';

export type UiLocale = typeof sourceLocale | (typeof targetLocales)[number];
export type Translate = typeof msg;

// Every locale ships in the bundle: the three catalogues are a few hundred
// bytes, less than the code and requests that lazy loading would take.
const catalogues: Record<UiLocale, TemplateMap | undefined> = {
  fr: undefined,
  en,
  ar,
};

const translators = new Map<UiLocale, Translate>();

/** The UI locale for a language tag: its base language if we have it, else the source. */
export function uiLocaleOf(lang: string): UiLocale {
  const base = lang.split('-')[0].toLowerCase();
  return Object.hasOwn(catalogues, base) ? (base as UiLocale) : sourceLocale;
}

/** A `msg`-compatible function that translates into `locale`. */
export function translator(locale: UiLocale): Translate {
  let translate = translators.get(locale);
  if (!translate) {
    const templates = catalogues[locale];
    translate = ((template: string | StrResult, options?: {id?: string}) => {
      // Every message has an explicit id (build/check-translations.js sees to
      // it), so unlike @lit/localize's runtime lookup no id is hashed here.
      const localized = options?.id ? templates?.[options.id] : undefined;
      if (typeof template === 'string') return typeof localized === 'string' ? localized : template;
      // str`…${value}…`: a translation holds the indexes of the source's values.
      return localized && typeof localized === 'object' && 'strTag' in localized
        ? joinStringsAndValues(localized.strings, template.values, localized.values as unknown as number[])
        : joinStringsAndValues(template.strings, template.values);
    }) as Translate;
    translators.set(locale, translate);
  }
  return translate;
}
