import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {chromiumOnly} from './support/engines.js';
import {requestsFor} from './support/helpers.js';

// Issue 13: the page must not jump while cards load. A partner page at a given
// viewport width (an iframe of that size, so that shifts are scored against
// its viewport), three cards from one `src` held by the test server until the
// placeholders are on screen, and a paragraph below. Cumulative layout shift
// is read from the page's own Layout Instability entries.

/** The seed's news item, and one without image and category. */
async function shapes() {
  const [launch] = (await (await fetch('/content/thamm-seed.json')).json()).news;
  // Absolute paths, so that the image resolves the same from /mock/json.
  const seedItem = {...launch, image: {...launch.image, src: '/content/images/thamm-launch.svg'}};
  const withoutImageAndCategory = {...seedItem} as Partial<typeof seedItem>;
  delete withoutImageAndCategory.image;
  delete withoutImageAndCategory.category;
  return {
    'seed-shaped': {items: [seedItem, seedItem, seedItem], limit: 0.05},
    // The odd one first, where it moves the most of the page.
    mixed: {items: [withoutImageAndCategory, seedItem, seedItem], limit: 0.1},
  };
}

/** Viewports: a phone, a tablet, a desktop; then every container width in between. */
const VIEWPORTS = [
  [390, 844],
  [800, 1024],
  [1280, 800],
  ...[320, 480, 560, 640, 720, 960, 1120].map((width) => [width, 900]),
];

const page = (widgets: string, lang: string) => `<!doctype html>
<html lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}"><head><meta charset="utf-8">
<style>body { margin: 0; font: 16px/1.5 sans-serif } main { padding: 16px } thamm-news-card { margin-block: 16px }</style>
<script>
  window.shift = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.shift += entry.value;
  }).observe({type: 'layout-shift', buffered: true});
</script>
<script type="module" src="/dist/thamm-widgets.js"></script>
</head><body><main>
  <h1>Actualités du programme</h1>
  <p>Les dernières nouvelles de THAMM, publiées par le programme.</p>
  ${widgets}
  <p>La suite de la page, qui ne doit pas sauter quand les cartes arrivent.</p>
</main></body></html>`;

/** Three cards, or a list of three, from one document. */
const WIDGETS = {
  cards: (document: string) => [0, 1, 2].map((i) => `<thamm-news-card src="${document}#/news/${i}"></thamm-news-card>`).join(''),
  list: (document: string) => `<thamm-news-list src="${document}#/news"></thamm-news-list>`,
};

/** The layout shift of one load of the page, `width` × `height`, in `lang`. */
async function shiftOf(widgets: keyof typeof WIDGETS, items: unknown[], [width, height]: number[], lang: string) {
  const hold = `cls-${Math.random()}`;
  const documentUrl = `/mock/json?v=${hold}&hold=${hold}&body=${encodeURIComponent(JSON.stringify({news: items}))}`;
  const frame = await fixture<HTMLIFrameElement>(
    html`<iframe title="A partner page" style="width: ${width}px; height: ${height}px; border: 0" srcdoc=${page(WIDGETS[widgets](documentUrl), lang)}></iframe>`,
  );
  const win = () => frame.contentWindow as Window & {shift: number};
  // Every card, the list's own included (they are what shows the loading state).
  const cards = () => [...win().document.querySelectorAll('thamm-news-card, thamm-news-list')].flatMap((el) =>
    el.localName === 'thamm-news-list' ? [...(el.shadowRoot?.querySelectorAll('thamm-news-card') ?? [])] : [el]);
  // The placeholders are on screen: every card loading, and a frame painted since.
  await waitUntil(() => cards().length === 3 && cards().every((card) => card.getAttribute('state') === 'loading'), 'placeholders', {timeout: 10_000});
  await new Promise((resolve) => win().requestAnimationFrame(() => win().requestAnimationFrame(resolve)));
  const before = win().shift;
  await waitUntil(async () => (await requestsFor(`?v=${hold}`)) > 0, 'the request reached the server');
  await fetch(`/mock/release?v=${hold}`);
  await waitUntil(() => cards().every((card) => card.getAttribute('state') === 'ready'), 'cards ready', {timeout: 10_000});
  const images = cards().flatMap((card) => [...card.shadowRoot!.querySelectorAll('img')]);
  await waitUntil(() => images.every((img) => img.complete), 'images loaded');
  await new Promise((resolve) => win().requestAnimationFrame(() => win().requestAnimationFrame(resolve)));
  return win().shift - before;
}

describe('layout shift while news cards load', () => {
  for (const [widgets, lang] of [['cards', 'fr'], ['cards', 'ar'], ['list', 'fr']] as const) {
    for (const shape of ['seed-shaped', 'mixed'] as const) {
      chromiumOnly("the Layout Instability API is Chromium's")(`${widgets}: stays under the target for ${shape} items in ${lang}, from 320 to 1280 px`, async function () {
        this.timeout(60_000);
        const {items, limit} = (await shapes())[shape];
        const shifts: string[] = [];
        for (const viewport of VIEWPORTS) {
          const after = await shiftOf(widgets, items, viewport, lang);
          shifts.push(`${viewport[0]} px: ${after.toFixed(3)}`);
        }
        const over = shifts.filter((line) => Number(line.split(': ')[1]) >= limit);
        expect(over, `over ${limit}; all: ${shifts.join(', ')}`).to.deep.equal([]);
      });
    }
  }
});
