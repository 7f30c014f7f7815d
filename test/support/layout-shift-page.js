// Issue 13's layout-shift measure, shared by the browser test
// (test/layout-shift.test.ts) and the benchmark (bench/layout-shift.js), so that
// both score the same page: a partner page with three cards, or a list of three,
// from one `src` document, and a paragraph below. The page sums its own Layout
// Instability entries and says when its placeholders are painted and its cards
// are ready; each caller holds the document until then in its own server.

/** A phone, a tablet and a desktop: the viewports the benchmark reports. */
export const VIEWPORTS = [
  [390, 844],
  [800, 1024],
  [1280, 800],
];

/** Every container width in between, which the browser test also checks. */
export const CONTAINER_VIEWPORTS = [320, 480, 560, 640, 720, 960, 1120].map((width) => [width, 900]);

/** The widgets and languages measured: cards in fr and ar, the list in fr. */
export const CASES = [
  ['cards', 'fr'],
  ['cards', 'ar'],
  ['list', 'fr'],
];

/** The seed's news item, and one without image and category, given the parsed seed bundle. */
export function newsShapes(seed) {
  const [launch] = seed.news;
  // Absolute paths, so that the image resolves the same from wherever the document is served.
  const seedItem = {...launch, image: {...launch.image, src: '/content/images/thamm-launch.svg'}};
  const withoutImageAndCategory = {...seedItem};
  delete withoutImageAndCategory.image;
  delete withoutImageAndCategory.category;
  return {
    'seed-shaped': {items: [seedItem, seedItem, seedItem], limit: 0.05},
    // The odd one first, where it moves the most of the page.
    mixed: {items: [withoutImageAndCategory, seedItem, seedItem], limit: 0.1},
  };
}

/** Three cards, or a list of three, from one document. */
export const WIDGETS = {
  cards: (documentUrl) => [0, 1, 2].map((i) => `<thamm-news-card src="${documentUrl}#/news/${i}"></thamm-news-card>`).join(''),
  list: (documentUrl) => `<thamm-news-list src="${documentUrl}#/news"></thamm-news-list>`,
};

/**
 * What the page exposes to whoever measures it:
 * - `shift`: the layout shift so far, from navigation (entries after input left out);
 * - `placeholdersShown()`: whether the three cards are there, each in its loading state;
 * - `cardsReady()`: whether every card is ready and its images loaded;
 * - `twoFrames()`: resolves after two frames, so that what is on screen has been painted (and scored).
 */
const measureScript = `
  window.shift = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.shift += entry.value;
  }).observe({type: 'layout-shift', buffered: true});
  // Every card, the list's own included (they are what shows the loading state).
  const cards = () => [...document.querySelectorAll('thamm-news-card, thamm-news-list')].flatMap((el) =>
    el.localName === 'thamm-news-list' ? [...(el.shadowRoot?.querySelectorAll('thamm-news-card') ?? [])] : [el]);
  window.placeholdersShown = () => cards().length === 3 && cards().every((card) => card.getAttribute('state') === 'loading');
  window.cardsReady = () => cards().every((card) => card.getAttribute('state') === 'ready' &&
    [...card.shadowRoot.querySelectorAll('img')].every((img) => img.complete));
  window.twoFrames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
`;

/**
 * The README's rule for a page whose cards come from a `src` with no fallback: room
 * for each card before the bundle has run, when the page may already be painted.
 */
export const RESERVE_RULE = 'thamm-news-card:not(:defined) { display: block; min-block-size: 25em }';

/** The partner page in `lang`, with `widgets` from the document at `documentUrl`; `reserve` adds the README's rule. */
export const partnerPage = (widgets, documentUrl, lang, reserve = false) => `<!doctype html>
<html lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}"><head><meta charset="utf-8">
<title>Actualités du programme</title>
<style>body { margin: 0; font: 16px/1.5 sans-serif } main { padding: 16px } thamm-news-card { margin-block: 16px }${reserve ? ` ${RESERVE_RULE}` : ''}</style>
<script>${measureScript}</script>
<script type="module" src="/dist/thamm-widgets.js"></script>
</head><body><main>
  <h1>Actualités du programme</h1>
  <p>Les dernières nouvelles de THAMM, publiées par le programme.</p>
  ${WIDGETS[widgets](documentUrl)}
  <p>La suite de la page, qui ne doit pas sauter quand les cartes arrivent.</p>
</main></body></html>`;
