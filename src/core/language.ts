import type {ReactiveController, ReactiveControllerHost} from 'lit';

/** Text that may come in several languages: `{"fr": "…", "ar": "…"}`. */
export type LocalizedText = string | Readonly<Record<string, string>>;

/** A piece of text, with its language when that differs from the element's. */
export interface TextPart {
  value: string;
  lang?: string;
  dir?: Direction;
}

export type Direction = 'ltr' | 'rtl';

export const DEFAULT_LANG = 'fr';
const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'ckb', 'dv', 'yi']);

const baseOf = (tag: string) => tag.split('-')[0].toLowerCase();

export const directionOf = (lang: string): Direction =>
  RTL_LANGUAGES.has(baseOf(lang)) ? 'rtl' : 'ltr';

/**
 * The element's own `lang`, else the closest ancestor's (across shadow roots),
 * else the document's, else French.
 */
export function resolveLang(element: Element): string {
  for (let node: Element | undefined = element; node; ) {
    const lang = node.getAttribute('lang')?.trim();
    if (lang) return lang;
    node = node.parentElement ?? (node.getRootNode() as Partial<ShadowRoot>).host;
  }
  return DEFAULT_LANG;
}

/**
 * Picks the variant of `text` for `lang`: the exact tag, then the same base
 * language, then the document's `fallbackLang`, then the first present.
 * The language of a plain string is `fallbackLang`, when known.
 */
export function pickText(
  text: LocalizedText,
  lang: string,
  fallbackLang?: string,
): {value: string; lang?: string} {
  if (typeof text === 'string') return {value: text, lang: fallbackLang};
  const tags = Object.keys(text);
  const wanted = lang.toLowerCase();
  const tag =
    tags.find((t) => t.toLowerCase() === wanted) ??
    tags.find((t) => baseOf(t) === baseOf(lang)) ??
    tags.find((t) => fallbackLang !== undefined && t.toLowerCase() === fallbackLang.toLowerCase()) ??
    tags[0];
  return {value: text[tag] ?? '', lang: tag};
}

const watchers = new Set<LanguageController>();
let observer: MutationObserver | undefined;

/** One observer for the whole page: `lang` or `dir` changed anywhere in the document tree. */
function observeDocument() {
  observer = new MutationObserver(() => {
    for (const watcher of watchers) watcher.refresh();
  });
  observer.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['lang', 'dir'],
    subtree: true,
  });
}

/**
 * Keeps an element's language and direction current, and renders content
 * text in it. Refreshes when `lang` or `dir` changes on the element, on any
 * ancestor in the document, or on `<html>`.
 */
export class LanguageController implements ReactiveController {
  lang = DEFAULT_LANG;
  dir: Direction | 'auto' = 'ltr';
  /** The language of the content's plain strings (the `lang` of its document). */
  contentLang?: string;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected() {
    if (!observer) observeDocument();
    watchers.add(this);
    this.refresh();
  }

  hostDisconnected() {
    watchers.delete(this);
  }

  refresh() {
    const lang = resolveLang(this.host);
    const ownDir = this.host.getAttribute('dir')?.toLowerCase();
    const dir = ownDir === 'ltr' || ownDir === 'rtl' || ownDir === 'auto' ? ownDir : directionOf(lang);
    if (lang !== this.lang || dir !== this.dir) {
      this.lang = lang;
      this.dir = dir;
      this.host.requestUpdate();
    }
  }

  /** The variant of `text` for this element, marked with its own language where it differs. */
  text(text: LocalizedText): TextPart {
    const picked = pickText(text, this.lang, this.contentLang);
    if (!picked.lang || baseOf(picked.lang) === baseOf(this.lang)) return {value: picked.value};
    return {value: picked.value, lang: picked.lang, dir: directionOf(picked.lang)};
  }
}
