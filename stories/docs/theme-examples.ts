/**
 * One live example per public `--thamm-*` property, for the Theming page. The
 * list of properties and what they do comes from custom-elements.json (the
 * `@cssprop` JSDoc of each element); test/stories.test.ts fails when a property
 * there has no example here, or an example names no property.
 */
export interface ThemeExample {
  /** A value that shows what the property does. */
  value: string;
  /** The element shown. */
  tag: string;
  /** Its part of the seed bundle; with neither this nor `data` it stays loading (for the placeholder colour). */
  pointer?: string;
  /** Its content, when a short one shows the property better than the seed's. */
  data?: unknown;
  attributes?: Record<string, string>;
}

/** A short news item: the card without the seed's picture and long summary, so the examples stay compact. */
const SHORT_NEWS = {
  title: {fr: 'Lancement officiel du programme THAMM au Maroc', en: 'Official launch of the THAMM programme in Morocco', ar: 'الإطلاق الرسمي لبرنامج تهام في المغرب'},
  date: '2020-10-15',
  category: {fr: 'Actualité', en: 'News', ar: 'أخبار'},
  location: {fr: 'Rabat, Maroc', en: 'Rabat, Morocco', ar: 'الرباط، المغرب'},
  url: 'https://www.ilo.org/',
  tags: ['THAMM', {fr: 'Mobilité', en: 'Mobility', ar: 'التنقل'}],
};

const card = (value: string): ThemeExample => ({value, tag: 'thamm-news-card', data: SHORT_NEWS});

export const THEME_EXAMPLES: Record<string, ThemeExample> = {
  '--thamm-color-text': card('#5b1a1a'),
  '--thamm-color-muted': card('#8a1c3c'),
  '--thamm-color-surface': card('#fff6e5'),
  '--thamm-color-accent': card('#c2410c'),
  '--thamm-color-border': card('#c2410c'),
  '--thamm-color-placeholder': {value: '#f5d0fe', tag: 'thamm-news-card'},
  '--thamm-color-focus': {value: '#c2410c', tag: 'thamm-contact-badge', pointer: '/contacts/0'},
  '--thamm-font-family': card('Georgia, "Times New Roman", serif'),
  '--thamm-font-size': card('13px'),
  '--thamm-title-size': card('1.6em'),
  '--thamm-radius': card('0'),
  '--thamm-spacing': card('2em'),
  '--thamm-logo-height': {value: '1.5em', tag: 'thamm-partner-strip', pointer: '/partners'},
  '--thamm-featured-size': {value: '1.1em', tag: 'thamm-quote', pointer: '/quotes/1', attributes: {variant: 'featured'}},
  '--thamm-card-min-width': {value: '9em', tag: 'thamm-news-list', data: [SHORT_NEWS, {...SHORT_NEWS, date: '2020-10-14'}], attributes: {limit: '2'}},
};

interface Manifest {
  modules: {declarations?: unknown[]}[];
}
interface Declaration {
  tagName?: string;
  cssProperties?: {name: string; description?: string; default?: string}[];
}

/** Each `--thamm-*` property in custom-elements.json: what it does in each element that has it. */
export function themeProperties(manifest: Manifest) {
  const properties = new Map<string, {name: string; uses: {tag: string; description: string}[]}>();
  for (const module of manifest.modules) {
    for (const declaration of (module.declarations ?? []) as Declaration[]) {
      for (const property of declaration.cssProperties ?? []) {
        const entry = properties.get(property.name) ?? {name: property.name, uses: []};
        entry.uses.push({tag: declaration.tagName ?? '', description: property.description ?? ''});
        properties.set(property.name, entry);
      }
    }
  }
  return [...properties.values()].sort((a, b) => a.name.localeCompare(b.name));
}
