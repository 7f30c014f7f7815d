import {fixture, html, waitUntil} from '@open-wc/testing';
import {emulateMedia, setViewport} from '@web/test-runner-commands';
import {visualDiff} from '@web/test-runner-visual-regression';
import '../src/all.js';
import {contact, logo, newsItem, newsList, partnerStrip, quote} from '../stories/samples.js';
import {chromiumOnly, engine} from './support/engines.js';
import {stateOf} from './support/helpers.js';

// Visual regression: every element in fr and ar, light and dark, at 320, 768 and
// 1280 px, against the PNGs in test/visual/baseline/, so designers see a change
// before it lands. Chromium only: a baseline is one engine's pixels (each engine
// rasterises text its own way), and the viewport and a dark visitor are emulated
// through commands only Chromium has. Text is set in Noto Sans and Noto Sans
// Arabic, which the system check installs (fonts-noto-core), not in whatever
// the machine's default font happens to be.

const elements = {
  'news-card': () => html`<thamm-news-card .data=${newsItem()}></thamm-news-card>`,
  quote: () => html`<thamm-quote .data=${quote()}></thamm-quote>`,
  'partner-strip': () => html`<thamm-partner-strip .data=${partnerStrip()}></thamm-partner-strip>`,
  'contact-badge': () => html`<thamm-contact-badge .data=${contact()}></thamm-contact-badge>`,
  'news-list': () => html`<thamm-news-list .data=${newsList()}></thamm-news-list>`,
};

/** Every element in `root`, through shadow roots: the news list's cards too. */
const deep = (root: Element | ShadowRoot, selector: string): Element[] =>
  [...root.querySelectorAll('*')].flatMap((node) => [
    ...(node.matches(selector) ? [node] : []),
    ...(node.shadowRoot ? deep(node.shadowRoot, selector) : []),
  ]);

/** Ready, nested cards too, with every image decoded and the fonts loaded: nothing left to paint. */
async function settled(el: Element) {
  await stateOf(el, 'ready');
  await waitUntil(() => deep(el, '[state]').every((inner) => inner.getAttribute('state') === 'ready'), 'nested elements ready');
  const images = deep(el, 'img') as HTMLImageElement[];
  await waitUntil(() => images.every((img) => img.complete), 'images loaded', {timeout: 5000});
  // Loaded is not painted: an image decoded asynchronously can still be blank in the screenshot.
  await Promise.all(images.map((img) => img.decode().catch(() => undefined)));
  await document.fonts.ready;
  await new Promise(requestAnimationFrame);
  await new Promise(requestAnimationFrame);
}

/** Compares with the baseline; a failure says where the new screenshot and the difference are. */
async function compare(el: Element, name: string) {
  try {
    await visualDiff(el, name);
  } catch (error) {
    throw new Error(`${(error as Error).message}\nNew screenshot and difference: test/visual/failed/${name}.png and ` +
      `test/visual/failed/${name}-diff.png; baseline: test/visual/baseline/${name}.png. ` +
      'If the change is intended: npm run test:visual -- --update', {cause: error});
  }
}

/** The samples' images, decoded once and kept: the first paint of an SVG can lag behind its decode(). */
const warmImages: HTMLImageElement[] = [];
async function warmUp() {
  const urls = ['content/images/thamm-launch.svg', 'content/images/portrait.svg', ...['eu', 'bmz', 'ilo', 'giz'].map((name) => logo(name).src)];
  warmImages.push(...urls.map((url) => Object.assign(new Image(), {src: new URL(url, document.baseURI).href})));
  await Promise.all(warmImages.map((img) => img.decode()));
}

describe('visual regression', () => {
  before(async () => {
    if (engine === 'chromium') await warmUp();
  });

  after(async () => {
    if (engine !== 'chromium') return;
    await emulateMedia({colorScheme: 'light', reducedMotion: 'no-preference'});
    await setViewport({width: 800, height: 600});
  });

  for (const width of [320, 768, 1280]) {
    for (const lang of ['fr', 'ar']) {
      for (const scheme of ['light', 'dark'] as const) {
        for (const [tag, render] of Object.entries(elements)) {
          const name = `${tag}-${lang}-${scheme}-${width}`;
          chromiumOnly('pixel baselines and emulated viewport and dark visitor')(`looks as before: ${name}`, async () => {
            // The body's 8 px margins on either side: the element itself is `width` wide.
            await setViewport({width: width + 16, height: 900});
            await emulateMedia({colorScheme: scheme, reducedMotion: 'reduce'});
            // A page that allows dark mode, as the README's Theming section shows.
            const page = await fixture(html`<div lang=${lang} dir=${lang === 'ar' ? 'rtl' : 'ltr'} style="color-scheme: light dark;
              background: Canvas; color: CanvasText; font-family: 'Noto Sans', 'Noto Sans Arabic', sans-serif">${render()}</div>`);
            const el = page.firstElementChild!;
            await settled(el);
            await compare(el, name);
          });
        }
      }
    }
  }
});
