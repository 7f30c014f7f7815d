import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {chromiumOnly} from './support/engines.js';
import {requestsFor} from './support/helpers.js';
import {CASES, CONTAINER_VIEWPORTS, VIEWPORTS, newsShapes, partnerPage, type MeasuredWindow} from './support/layout-shift-page.js';

// Issue 13: the page must not jump while cards load. A partner page at a given
// viewport width (an iframe of that size, so that shifts are scored against
// its viewport), three cards from one `src` held by the test server until the
// placeholders are on screen, and a paragraph below (support/layout-shift-page.js,
// which the benchmark measures too). Cumulative layout shift is read from the
// page's own Layout Instability entries.

/** The layout shift of one load of the page, `width` × `height`, in `lang`. */
async function shiftOf(widgets: 'cards' | 'list', items: unknown[], [width, height]: number[], lang: string) {
  const hold = `cls-${Math.random()}`;
  const documentUrl = `/mock/json?v=${hold}&hold=${hold}&body=${encodeURIComponent(JSON.stringify({news: items}))}`;
  const frame = await fixture<HTMLIFrameElement>(
    html`<iframe title="A partner page" style="width: ${width}px; height: ${height}px; border: 0" srcdoc=${partnerPage(widgets, documentUrl, lang)}></iframe>`,
  );
  const win = frame.contentWindow as MeasuredWindow;
  // The placeholders are on screen: every card loading, and a frame painted since.
  await waitUntil(() => win.placeholdersShown?.(), 'placeholders', {timeout: 10_000});
  await win.twoFrames();
  const before = win.shift;
  await waitUntil(async () => (await requestsFor(`?v=${hold}`)) > 0, 'the request reached the server');
  await fetch(`/mock/release?v=${hold}`);
  await waitUntil(() => win.cardsReady(), 'cards ready and their images loaded', {timeout: 10_000});
  await win.twoFrames();
  return win.shift - before;
}

describe('layout shift while news cards load', () => {
  for (const [widgets, lang] of CASES) {
    for (const shape of ['seed-shaped', 'mixed'] as const) {
      chromiumOnly("the Layout Instability API is Chromium's")(`${widgets}: stays under the target for ${shape} items in ${lang}, from 320 to 1280 px`, async function () {
        this.timeout(60_000);
        const {items, limit} = newsShapes(await (await fetch('/content/thamm-seed.json')).json())[shape];
        const shifts: string[] = [];
        for (const viewport of [...VIEWPORTS, ...CONTAINER_VIEWPORTS]) {
          const after = await shiftOf(widgets, items, viewport, lang);
          shifts.push(`${viewport[0]} px: ${after.toFixed(3)}`);
        }
        const over = shifts.filter((line) => Number(line.split(': ')[1]) >= limit);
        expect(over, `over ${limit}; all: ${shifts.join(', ')}`).to.deep.equal([]);
      });
    }
  }
});
