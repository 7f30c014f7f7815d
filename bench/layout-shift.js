// Issue 13, "no jump while loading": the cumulative layout shift of a partner page
// while its cards load from a `src`, at a phone's, a tablet's and a desktop's
// viewport, for seed-shaped and mixed items, three cards in fr and ar and a list of
// three in fr. The page is the browser test's (test/support/layout-shift-page.js).
// The bench's server holds the content document until the runner has seen the
// placeholders painted, then lets it go: no fixed delay, however loaded the machine.
// Layout shift is not a timing: the worst of the rounds is the figure reported.
import {readFileSync} from 'node:fs';
import {clearTimeout, setTimeout} from 'node:timers';
import {CASES, RESERVE_RULE, VIEWPORTS, newsShapes, partnerPage} from '../test/support/layout-shift-page.js';

// The browser test's pages, and the French cards again on a page that reserves room as the README says.
const PAGES = [...CASES.map(([widgets, lang]) => ({widgets, lang, reserve: false})), {widgets: 'cards', lang: 'fr', reserve: true}];

const SHAPES = newsShapes(JSON.parse(readFileSync('content/thamm-seed.json', 'utf8')));
const PAGE = '/bench/layout-shift/page';
const DOCUMENT = '/bench/layout-shift/news.json';

/** Documents held by key: `requested` resolves when the page asks for it, `released` once `release()` lets the answer go. */
const held = new Map();
function hold(key) {
  const entry = {};
  entry.requested = new Promise((resolve) => (entry.arrived = resolve));
  entry.released = new Promise((resolve) => {
    // At most 20 s, as the test server: a run that failed half-way still ends.
    const timer = setTimeout(resolve, 20_000);
    entry.release = () => {
      clearTimeout(timer);
      resolve();
    };
  });
  held.set(key, entry);
  return entry;
}

/** Answers the bench server's requests for this part (the page and its held document); false for any other. */
export function layoutShiftRoute(url, response) {
  const params = url.searchParams;
  if (url.pathname === PAGE) {
    const documentUrl = `${DOCUMENT}?shape=${params.get('shape')}&key=${encodeURIComponent(params.get('key'))}`;
    response.writeHead(200, {'content-type': 'text/html', 'cache-control': 'no-store'}).end(partnerPage(params.get('widgets'), documentUrl, params.get('lang'), params.has('reserve')));
    return true;
  }
  if (url.pathname === DOCUMENT) {
    const entry = held.get(params.get('key'));
    entry?.arrived();
    Promise.resolve(entry?.released).then(() => {
      response.writeHead(200, {'content-type': 'application/json', 'cache-control': 'no-store'}).end(JSON.stringify({news: SHAPES[params.get('shape')].items}));
    });
    return true;
  }
  return false;
}

let loads = 0;

/** One load of the page in a new browser context: the shift from navigation, and the part after the placeholders were painted. */
async function shiftOf(browser, origin, {widgets, lang, reserve, shape, viewport: [width, height]}) {
  const key = `${widgets}-${lang}-${shape}-${width}-${++loads}`;
  const entry = hold(key);
  const page = await browser.newPage({viewport: {width, height}});
  try {
    await page.goto(`${origin}${PAGE}?widgets=${widgets}&lang=${lang}&shape=${shape}${reserve ? '&reserve' : ''}&key=${encodeURIComponent(key)}`, {waitUntil: 'commit'});
    await page.waitForFunction(() => window.placeholdersShown?.(), null, {timeout: 15_000});
    const beforeRelease = await page.evaluate(async () => {
      await window.twoFrames();
      return window.shift;
    });
    await entry.requested;
    entry.release();
    await page.waitForFunction(() => window.cardsReady(), null, {timeout: 15_000});
    const total = await page.evaluate(async () => {
      await window.twoFrames();
      return window.shift;
    });
    return {total, whileLoading: total - beforeRelease};
  } finally {
    entry.release();
    held.delete(key);
    await page.close();
  }
}

/** Every page in every round, in a rotating order; per page the worst figures over the rounds. */
export async function measureLayoutShift(browser, origin, rounds) {
  const pages = PAGES.flatMap((kind) => Object.keys(SHAPES).flatMap((shape) => VIEWPORTS.map((viewport) => ({...kind, shape, viewport}))));
  const samples = new Map(pages.map((p) => [p, []]));
  for (let round = 0; round < rounds; round++) {
    for (let k = 0; k < pages.length; k++) {
      const p = pages[(round + k) % pages.length];
      samples.get(p).push(await shiftOf(browser, origin, p));
    }
  }
  return {
    rounds,
    pages: [...samples].map(([{widgets, lang, reserve, shape, viewport}, values]) => ({
      widgets, lang, reserve, shape, viewport, limit: SHAPES[shape].limit,
      worst: Math.max(...values.map((v) => v.total)),
      worstWhileLoading: Math.max(...values.map((v) => v.whileLoading)),
    })),
  };
}

const WIDGET_LABELS = {cards: 'three cards', list: 'a list of three'};

/** The report's table: one row per page and items, one column per viewport, met or missed per figure. */
export function layoutShiftLines(layoutShift) {
  if (!layoutShift) return [];
  const {rounds, pages} = layoutShift;
  const size = ([width, height]) => `${width} × ${height}`;
  const lines = [
    `Layout shift while cards load from a \`src\` held until their placeholders are painted (issue 13; \`bench/layout-shift.js\`): a partner page with a paragraph below the cards, ` +
      `cumulative layout shift from navigation until the cards are ready, their images loaded and a frame painted; the worst of ${rounds} round${rounds > 1 ? 's' : ''}. ` +
      'Targets: under 0.05 for items shaped like the seed\'s, under 0.1 for mixed items (the first without image and category). ' +
      'In brackets, the part after the placeholders were painted, which `test/layout-shift.test.ts` checks; the rest is the page painted before the bundle ran, its cards still empty. ' +
      `The last rows: the same page with the README's rule \`${RESERVE_RULE}\`, which gives each card room before the bundle has run.`,
    '',
    `| page | items | target | ${VIEWPORTS.map(size).join(' | ')} |`,
    `|---|---|---|${VIEWPORTS.map(() => '---|').join('')}`,
  ];
  for (const {widgets, lang, reserve} of PAGES) {
    for (const shape of Object.keys(SHAPES)) {
      // Results from before the page with the README's rule was measured have no `reserve`.
      const row = pages.filter((p) => p.widgets === widgets && p.lang === lang && Boolean(p.reserve) === reserve && p.shape === shape);
      if (!row.length) continue;
      const cells = VIEWPORTS.map((viewport) => {
        const {worst, worstWhileLoading, limit} = row.find((p) => size(p.viewport) === size(viewport));
        return `${worst.toFixed(4)} ${worst < limit ? 'met' : '**missed**'} (${worstWhileLoading.toFixed(4)})`;
      });
      lines.push(`| ${WIDGET_LABELS[widgets]}, ${lang}${reserve ? ', room reserved (README)' : ''} | ${shape} | < ${row[0].limit} | ${cells.join(' | ')} |`);
    }
  }
  return lines;
}
