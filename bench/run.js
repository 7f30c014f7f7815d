// npm run bench: renders, updates and weighs cards in Debian's Chromium,
// against hand-written baselines, in one run with interleaved samples.
// Writes bench/results.json and bench/results.md.
import {createReadStream, existsSync, readFileSync, statSync, writeFileSync} from 'node:fs';
import {createServer} from 'node:http';
import {extname, join, normalize} from 'node:path';
import {gzipSync} from 'node:zlib';
import {build} from 'esbuild';
import {chromium} from 'playwright-core';
import {COLD_SOURCES, COLD_VARIANTS, coldPage, coldScripts} from './cold-pages.js';
import {layoutShiftLines, layoutShiftRoute, measureLayoutShift} from './layout-shift.js';
import {docsLines, measureDocsPages} from './docs-pages.js';
import {renderReport, updateReadme} from './report.js';

// --quick: 3 rounds, no 10 000 cards, README left alone. --only=cards|elements|list|cold|cls|article|docs:
// that part alone, printed and not written (--article is --only=article).
// --rounds=N and --sizes=100,1000: fewer samples, for a machine where the full run takes too long.
const quick = process.argv.includes('--quick');
const option = (name) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
const roundsOption = Number(option('rounds')) || undefined;
const only = process.argv.includes('--article') ? 'article' : process.argv.find((arg) => arg.startsWith('--only='))?.slice(7);
const runs = (part) => !only || only === part;
if (process.argv.includes('--help')) {
  console.log('node bench/run.js [--quick] [--rounds=N] [--sizes=100,1000] [--only=cards|elements|list|cold|cls|article|docs]   (after npm run build; docs: after npm run build-storybook)');
  process.exit(0);
}
const ROOT = process.cwd();
const TYPES = {'.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.svg': 'image/svg+xml'};

// The blockquote upgrade by itself, timed from the first line of the module to
// the last: its initial scan of the page and the start of its observer.
const upgradeModule = (
  await build({
    entryPoints: ['src/embed/blockquote-upgrade.ts'],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    banner: {js: 'const evaluationStart = performance.now();'},
    footer: {js: 'window.upgradeEvaluation = performance.now() - evaluationStart;'},
  })
).outputFiles[0].contents;

// The peer libraries' cards (bench/peers/), each bundled as a page using it
// would ship it, served at /bench/peer/<name>.js. They share the page's copy of
// the baselines' module, which defines a custom element of its own.
const PEER_ENTRIES = {lit: 'lit-card', shoelace: 'shoelace', webawesome: 'webawesome', spectrum: 'spectrum'};
const peerModules = Object.fromEntries(
  await Promise.all(Object.entries(PEER_ENTRIES).map(async ([name, file]) => {
    const result = await build({
      entryPoints: [`bench/peers/${file}.js`],
      bundle: true,
      minify: true,
      format: 'esm',
      write: false,
      external: ['../vanilla.js'],
      define: {'process.env.NODE_ENV': '"production"'},
    });
    return [`/bench/peer/${name}.js`, result.outputFiles[0].contents];
  })),
);
const generated = {'/bench/blockquote-upgrade.js': upgradeModule, ...peerModules, ...(await coldScripts())};

// A static server with cross-origin isolation, so pages can measure DOM memory too.
const server = createServer((request, response) => {
  const url = new URL(request.url, 'http://localhost');
  if (generated[url.pathname]) {
    response.writeHead(200, {'content-type': 'text/javascript', 'cross-origin-embedder-policy': 'require-corp', 'cache-control': 'no-store'}).end(generated[url.pathname]);
    return;
  }
  if (url.pathname === '/bench/cold-page') {
    const page = coldPage(url.searchParams.get('variant'), url.searchParams.get('source'));
    response.writeHead(200, {'content-type': 'text/html', 'cache-control': 'no-store'}).end(page);
    return;
  }
  if (layoutShiftRoute(url, response)) return;
  // Content URLs in the seed are relative to the page: bench pages live in /bench/.
  const pathname = url.pathname.replace(/^\/bench\/content\//, '/content/');
  const path = normalize(join(ROOT, pathname));
  if (!path.startsWith(ROOT) || !existsSync(path) || statSync(path).isDirectory()) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, {
    'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-embedder-policy': 'require-corp',
    'cache-control': 'no-store',
  });
  createReadStream(path).pipe(response);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
    '--js-flags=--expose-gc', '--enable-precise-memory-info', '--enable-blink-features=ForceEagerMeasureMemory',
  ],
});

/** One sample in a new page (and browser context); `before` runs before the navigation, its result goes to `run`. */
async function sample(path, run, before) {
  const page = await browser.newPage({viewport: {width: 1000, height: 800}});
  try {
    const early = before?.(page);
    await page.goto(`${origin}${path}`);
    return await run(page, early);
  } finally {
    await page.close();
  }
}

const harness = (params) =>
  sample(`/bench/harness.html?variant=${params.variant}`, async (page) => {
    await page.waitForFunction(() => typeof window.runBench === 'function');
    return page.evaluate((p) => window.runBench(p), params);
  });

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const summary = (values) => ({median: median(values), min: Math.min(...values), max: Math.max(...values)});

// A long article with no embeds, with and without the blockquote upgrade, interleaved.
// `--article` measures only this and prints it.
const article = {with: [], without: []};
for (let round = 0; round < (runs('article') ? (roundsOption ?? (quick ? 3 : 11)) : 0); round++) {
  for (const variant of round % 2 ? ['with', 'without'] : ['without', 'with']) {
    const path = `/bench/article.html?upgrade=${variant === 'with' ? 1 : 0}`;
    article[variant].push(await sample(path, async (page) => (await page.waitForFunction(() => window.result)).jsonValue()));
  }
}
const blockquoteUpgrade = article.with.length ? {
  firstScan: summary(article.with.map((r) => r.firstScan)),
  scan: summary(article.with.map((r) => r.scan)),
  batchWith: summary(article.with.map((r) => r.batch)),
  batchWithout: summary(article.without.map((r) => r.batch)),
  upgraded: Math.max(...article.with.map((r) => r.upgraded)),
} : undefined;

// The baselines, the peer libraries' cards, and the card. The peers are left
// out at 10 000 cards, where the targets are not set and Spectrum takes minutes.
const BASELINES = ['template', 'custom-element'];
const PEERS = ['lit', 'shoelace', 'webawesome', 'spectrum'];
const SIZES = option('sizes')?.split(',').map(Number) ?? (quick ? [100, 1000] : [100, 1000, 10000]);
const variantsAt = (n) => (n >= 10000 ? [...BASELINES, 'thamm'] : [...BASELINES, ...PEERS, 'thamm']);
const rounds = (n) => roundsOption ?? (quick ? 3 : n >= 10000 ? 5 : 11);
const results = {date: new Date().toISOString(), chromium: browser.version(), newsCard: {}, otherElements: {}};

for (const n of runs('cards') ? SIZES : []) {
  const variants = variantsAt(n);
  const samples = Object.fromEntries(variants.map((v) => [v, []]));
  for (let round = 0; round < rounds(n); round++) {
    // Interleaved, in a rotating order, so drift hits every variant alike.
    for (let k = 0; k < variants.length; k++) {
      const variant = variants[(round + k) % variants.length];
      samples[variant].push(await harness({variant, n}));
    }
  }
  results.newsCard[n] = Object.fromEntries(
    variants.map((v) => [v, {
      create: summary(samples[v].map((s) => s.create)),
      update: summary(samples[v].map((s) => s.update)),
      bytesPerCard: summary(samples[v].map((s) => s.bytesPerCard)),
      elementsPerCard: samples[v][0].elementsPerCard,
      allReady: samples[v].every((s) => s.allReady),
    }]),
  );
  console.log(`news card × ${n}: done`);
}

for (const element of runs('elements') ? ['thamm-quote', 'thamm-partner-strip', 'thamm-contact-badge'] : []) {
  const samples = [];
  for (let round = 0; round < rounds(1000); round++) samples.push(await harness({variant: 'thamm', element, n: 1000}));
  results.otherElements[element] = {
    create: summary(samples.map((s) => s.create)),
    update: summary(samples.map((s) => s.update)),
    bytesPerCard: summary(samples.map((s) => s.bytesPerCard)),
    elementsPerCard: samples[0].elementsPerCard,
  };
}

// The news list as a home page shows it, 12 items each; 100 lists, so 1 200 cards.
if (runs('list')) {
  const samples = [];
  for (let round = 0; round < rounds(1000); round++) samples.push(await harness({variant: 'thamm', element: 'thamm-news-list', n: 100}));
  results.newsList = {
    lists: 100,
    items: 12,
    create: summary(samples.map((s) => s.create)),
    update: summary(samples.map((s) => s.update)),
    bytesPerList: summary(samples.map((s) => s.bytesPerCard)),
    allReady: samples.every((s) => s.allReady),
  };
  console.log('news list × 100: done');
}

// Cold loads of one card (bench/cold-pages.js): every page in a new browser
// context (Playwright's newPage makes one), so the cache is empty; all pages
// interleaved in a rotating order. Navigation start to laid out, and FCP.
if (runs('cold')) {
  const pages = Object.keys(COLD_VARIANTS).flatMap((variant) => COLD_SOURCES.map((source) => ({variant, source})));
  const samples = new Map(pages.map((p) => [p, []]));
  for (let round = 0; round < (roundsOption ?? (quick ? 3 : 15)); round++) {
    for (let k = 0; k < pages.length; k++) {
      const p = pages[(round + k) % pages.length];
      // The page says when the card is laid out on its console: no script of the runner's runs in it before.
      const said = (page) => page.waitForEvent('console', {predicate: (message) => message.text() === 'laid out', timeout: 30_000});
      samples.get(p).push(await sample(`/bench/cold-page?variant=${p.variant}&source=${p.source}`, async (page, laidOutSaid) => {
        await laidOutSaid;
        const {laidOut} = await page.evaluate(() => window.result);
        const fcp = await page.evaluate(() => new Promise((resolve) => {
          new PerformanceObserver((list) => {
            const entry = list.getEntriesByName('first-contentful-paint')[0];
            if (entry) resolve(entry.startTime);
          }).observe({type: 'paint', buffered: true});
        }));
        const scripts = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((path) => /\.(js|css)$/.test(path)));
        return {laidOut, fcp, scripts};
      }, said));
    }
  }
  results.coldLoad = {};
  for (const [{variant, source}, values] of samples) {
    (results.coldLoad[source] ??= {})[variant] = {
      laidOut: summary(values.map((v) => v.laidOut)),
      fcp: summary(values.map((v) => v.fcp)),
      // What the page downloaded to show the card (scripts and stylesheets), gzip as a server would send it.
      gzipBytes: values[0].scripts.reduce((sum, path) => sum + gzipSync(generated[path] ?? readFileSync(join(ROOT, path)), {level: 9}).length, 0),
      files: values[0].scripts.length,
    };
  }
  console.log('cold loads: done');
}

// Layout shift while cards load (bench/layout-shift.js): the worst of the rounds, 5 by default.
if (runs('cls')) {
  results.layoutShift = await measureLayoutShift(browser, origin, roundsOption ?? (quick ? 2 : 5));
  console.log('layout shift: done');
}
results.blockquoteUpgrade = blockquoteUpgrade;

// Storybook's Docs pages, cold, from storybook-static/ (bench/docs-pages.js; issue 14).
if (runs('docs')) {
  results.docsPages = await measureDocsPages(browser, {rounds: roundsOption ?? (quick ? 3 : 7)});
  console.log(docsLines(results.docsPages).join('\n'));
}

await browser.close();
server.close();

if (only === 'cls') {
  console.log(layoutShiftLines(results.layoutShift).join('\n'));
  process.exit(0);
}
if (only) {
  console.log(JSON.stringify(only === 'article' ? blockquoteUpgrade : results, null, 2));
  process.exit(0);
}
results.quick = quick;
results.rounds = roundsOption;
const report = renderReport(results);
writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
writeFileSync('bench/results.md', `${report}\n`);
if (!quick) updateReadme(report, results);
console.log(`\n${report}`);
