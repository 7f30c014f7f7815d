// Cold loads of the built Storybook's Docs pages (issue 14: "Docs pages render
// in under 2 s locally"). Needs `npm run build-storybook` first (storybook-static/).
// Each load is in a new browser context, so the cache is empty, and opens the
// page as a designer does: index.html?path=/docs/<id>, the Storybook UI with the
// page in its preview frame. Timed from the navigation start of that URL to the
// first frame painted with the page's content: its h1 and, on a page with live
// examples, a thamm-* element with state="ready". Served by a plain static
// server that sends gzip (bench/storybook-server.js).
//
//   node bench/docs-pages.js [--rounds=N] [--no-gzip] [--iframe] [--files] [--root=storybook-static]
//
// --iframe opens the preview frame alone (iframe.html?viewMode=docs&id=<id>),
// --files prints, for the first page, what it downloaded and when.
/* global location, MutationObserver, requestAnimationFrame, top -- probe() and the resource list run in the page */
import {existsSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {chromium} from 'playwright-core';
import {serveStorybook} from './storybook-server.js';

export const TARGET_MS = 2000;

/** The five MDX pages and one autodocs page; `examples`: the page shows live widgets. */
export const DOCS_PAGES = [
  {id: 'docs-introduction--docs', title: 'Introduction', examples: true},
  {id: 'docs-embedding--docs', title: 'Embedding', examples: true},
  {id: 'docs-theming--docs', title: 'Theming', examples: true},
  {id: 'docs-content-model--docs', title: 'Content model', examples: false},
  {id: 'docs-languages-and-direction--docs', title: 'Languages and direction', examples: true},
  {id: 'elements-news-card--docs', title: 'News card (autodocs)', examples: true},
];

/**
 * Runs in every frame before its scripts. In the preview frame, it watches the
 * DOM and, in the first animation frame after the content is there, posts the
 * time since the top document's navigation start on the console.
 */
function probe(examples) {
  if (!location.pathname.endsWith('/iframe.html')) return;
  const shown = () =>
    document.querySelector('#storybook-docs h1') &&
    (!examples || document.querySelector('#storybook-docs [state="ready"]')?.localName.startsWith('thamm-'));
  const observer = new MutationObserver(() => {
    if (!shown()) return;
    observer.disconnect();
    requestAnimationFrame(() => console.info(`docs shown ${performance.timeOrigin + performance.now() - top.performance.timeOrigin}`));
  });
  observer.observe(document, {childList: true, subtree: true, attributes: true, attributeFilter: ['state']});
}

/** One cold load of one page; resolves to {shown, cpu, files} (files: what each frame fetched; cpu: main-thread CPU time until shown, a little after). */
async function load(browser, origin, {id, examples}, {iframe = false} = {}) {
  const page = await browser.newPage({viewport: {width: 1280, height: 800}});
  try {
    // The main thread's CPU time too: on a machine shared with other work, it moves less than the wall clock.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable', {timeDomain: 'threadTicks'});
    await page.addInitScript(probe, examples);
    const said = page.waitForEvent('console', {predicate: (message) => message.text().startsWith('docs shown '), timeout: 60_000});
    await page.goto(`${origin}/${iframe ? `iframe.html?viewMode=docs&id=${id}` : `index.html?path=/docs/${id}`}`);
    const shown = Number((await said).text().slice('docs shown '.length));
    const {metrics} = await cdp.send('Performance.getMetrics');
    const cpu = 1000 * metrics.find(({name}) => name === 'ThreadTime').value;
    const files = [];
    for (const frame of page.frames()) {
      files.push(...(await frame.evaluate(() => performance.getEntriesByType('resource').map((e) => ({
        frame: location.pathname,
        path: new URL(e.name).pathname,
        start: e.startTime + performance.timeOrigin - top.performance.timeOrigin,
        end: e.responseEnd + performance.timeOrigin - top.performance.timeOrigin,
        bytes: e.transferSize,
        size: e.decodedBodySize,
      })))));
    }
    return {shown, cpu, files};
  } finally {
    await page.close();
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/**
 * Every page, `rounds` times, interleaved in a rotating order. Resolves to
 * {gzip, iframe, rounds, pages: {id: {title, shown: {median, min, max}, cpu, bytes, files}}}.
 */
export async function measureDocsPages(browser, {rounds = 7, gzip = true, iframe = false, root = 'storybook-static', onFiles} = {}) {
  if (!existsSync(`${root}/index.json`)) throw new Error(`${root}/index.json is missing: run npm run build-storybook first`);
  const server = await serveStorybook(root, {gzip});
  try {
    const samples = new Map(DOCS_PAGES.map((p) => [p, []]));
    for (let round = 0; round < rounds; round++) {
      for (let k = 0; k < DOCS_PAGES.length; k++) {
        const p = DOCS_PAGES[(round + k) % DOCS_PAGES.length];
        samples.get(p).push(await load(browser, server.origin, p, {iframe}));
      }
    }
    if (onFiles) onFiles(samples.get(DOCS_PAGES[0])[0].files);
    const pages = {};
    for (const [{id, title}, values] of samples) {
      const shown = values.map((v) => v.shown);
      const {files} = values[0];
      pages[id] = {
        title,
        shown: {median: median(shown), min: Math.min(...shown), max: Math.max(...shown)},
        cpu: median(values.map((v) => v.cpu)),
        // What went over the wire until the content was shown (gzip, as served).
        bytes: files.filter((f) => f.end <= values[0].shown).reduce((sum, f) => sum + f.bytes, 0),
        files: files.filter((f) => f.end <= values[0].shown).length,
      };
    }
    return {gzip, iframe, rounds, pages};
  } finally {
    server.close();
  }
}

/** The report's lines: each page's median and range, and met/missed against the target. */
export function docsLines(docs) {
  if (!docs) return [];
  const lines = [
    `Storybook Docs pages, cold (each load in a new browser context), ${docs.iframe ? 'the preview frame alone' : 'opened as index.html?path=/docs/…'}, served ${docs.gzip ? 'with gzip' : 'uncompressed'}; navigation start to the page's h1 and its first live widget ready, painted; ${docs.rounds} loads each:`,
    '',
    '| Docs page | downloaded before shown | main-thread CPU | shown | target < 2 000 ms |',
    '|---|---|---|---|---|',
  ];
  for (const {title, shown, cpu, bytes, files} of Object.values(docs.pages)) {
    lines.push(`| ${title} | ${(bytes / 1000).toFixed(0)} kB in ${files} files | ${cpu.toFixed(0)} ms | ${shown.median.toFixed(0)} ms (${shown.min.toFixed(0)}–${shown.max.toFixed(0)}) | ${shown.median < TARGET_MS ? 'met' : '**missed**'} |`);
  }
  return lines;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--help')) {
    console.log('node bench/docs-pages.js [--rounds=N] [--no-gzip] [--iframe] [--files] [--root=storybook-static]   (after npm run build-storybook)');
    process.exit(0);
  }
  const rounds = Number(process.argv.find((arg) => arg.startsWith('--rounds='))?.slice(9)) || 5;
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  const onFiles = process.argv.includes('--files')
    ? (files) => {
        for (const f of files.sort((a, b) => a.start - b.start)) {
          console.log(`${f.start.toFixed(0).padStart(5)}–${f.end.toFixed(0).padStart(5)} ms ${(f.bytes / 1000).toFixed(1).padStart(7)} kB (${(f.size / 1000).toFixed(1).padStart(7)} kB) ${f.frame === '/iframe.html' ? 'preview' : 'manager'} ${f.path}`);
        }
      }
    : undefined;
  try {
    const root = process.argv.find((arg) => arg.startsWith('--root='))?.slice(7);
    const docs = await measureDocsPages(browser, {rounds, root, gzip: !process.argv.includes('--no-gzip'), iframe: process.argv.includes('--iframe'), onFiles});
    console.log(docsLines(docs).join('\n'));
  } finally {
    await browser.close();
  }
}
