// The embed builder page (builder.html): the elements for the preview, and the builder itself.
import '../src/all.js';
import {mountBuilder} from './builder.js';
import {UI_LANGS, type UiLang} from './strings.js';

/** Set by vite.config.ts from dist/thamm-widgets.js; null before the first build. */
declare const __THAMM_BUNDLE_SRI__: string | null;

/** `?lang=ar`, else the first of the visitor's languages the page speaks, else French. */
function firstLanguage(): UiLang {
  const wanted = [new URLSearchParams(location.search).get('lang') ?? '', ...navigator.languages];
  const found = wanted.map((tag) => tag.split('-')[0].toLowerCase()).find((base) => UI_LANGS.includes(base as UiLang));
  return (found as UiLang | undefined) ?? 'fr';
}

mountBuilder(document.querySelector<HTMLElement>('#builder')!, {
  lang: firstLanguage(),
  bundleUrl: new URL('content/thamm-seed.json', document.baseURI).href,
  sri: __THAMM_BUNDLE_SRI__,
  languageHost: document.documentElement,
  onLanguage: (lang, strings) => {
    document.title = strings.pageTitle;
    // The address keeps the choice (for a link, or a reload), and nothing is stored.
    const url = new URL(location.href);
    url.searchParams.set('lang', lang);
    history.replaceState(null, '', url);
  },
});
