// npm run bench: renders, updates and weighs cards in Debian's Chromium,
// against hand-written baselines, in one run with interleaved samples.
// Writes bench/results.json and bench/results.md.
import {createReadStream, existsSync, statSync, writeFileSync} from 'node:fs';
import {createServer} from 'node:http';
import {extname, join, normalize} from 'node:path';
import {build} from 'esbuild';
import {chromium} from 'playwright-core';
import {renderReport, updateReadme} from './report.js';

const quick = process.argv.includes('--quick');
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

// A static server with cross-origin isolation, so pages can measure DOM memory too.
const server = createServer((request, response) => {
  const url = new URL(request.url, 'http://localhost');
  if (url.pathname === '/bench/blockquote-upgrade.js') {
    response.writeHead(200, {'content-type': 'text/javascript', 'cross-origin-embedder-policy': 'require-corp'}).end(upgradeModule);
    return;
  }
  const slow = url.pathname.startsWith('/slow/');
  // Content URLs in the seed are relative to the page: bench pages live in /bench/.
  const pathname = url.pathname.replace(/^\/bench\/content\//, '/content/');
  const path = normalize(join(ROOT, slow ? `content/${pathname.slice(6)}` : pathname));
  if (!path.startsWith(ROOT) || !existsSync(path) || statSync(path).isDirectory()) {
    response.writeHead(404).end();
    return;
  }
  setTimeout(() => {
    response.writeHead(200, {
      'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-embedder-policy': 'require-corp',
      'cache-control': 'no-store',
    });
    createReadStream(path).pipe(response);
  }, slow ? 800 : 0);
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

async function sample(path, run) {
  const page = await browser.newPage({viewport: {width: 1000, height: 800}});
  try {
    await page.goto(`${origin}${path}`);
    return await run(page);
  } finally {
    await page.close();
  }
}

const harness = (params) =>
  sample('/bench/harness.html', async (page) => {
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
for (let round = 0; round < (quick ? 3 : 11); round++) {
  for (const variant of round % 2 ? ['with', 'without'] : ['without', 'with']) {
    const path = `/bench/article.html?upgrade=${variant === 'with' ? 1 : 0}`;
    article[variant].push(await sample(path, async (page) => (await page.waitForFunction(() => window.result)).jsonValue()));
  }
}
const blockquoteUpgrade = {
  firstScan: summary(article.with.map((r) => r.firstScan)),
  scan: summary(article.with.map((r) => r.scan)),
  batchWith: summary(article.with.map((r) => r.batch)),
  batchWithout: summary(article.without.map((r) => r.batch)),
  upgraded: Math.max(...article.with.map((r) => r.upgraded)),
};
if (process.argv.includes('--article')) {
  console.log(JSON.stringify(blockquoteUpgrade, null, 2));
  await browser.close();
  server.close();
  process.exit(0);
}

const VARIANTS = ['template', 'custom-element', 'thamm'];
const SIZES = quick ? [100, 1000] : [100, 1000, 10000];
const rounds = (n) => (quick ? 3 : n >= 10000 ? 5 : 11);
const results = {date: new Date().toISOString(), chromium: browser.version(), newsCard: {}, otherElements: {}};

for (const n of SIZES) {
  const samples = Object.fromEntries(VARIANTS.map((v) => [v, []]));
  for (let round = 0; round < rounds(n); round++) {
    // Interleaved, in a rotating order, so drift hits every variant alike.
    for (let k = 0; k < VARIANTS.length; k++) {
      const variant = VARIANTS[(round + k) % VARIANTS.length];
      samples[variant].push(await harness({variant, n}));
    }
  }
  results.newsCard[n] = Object.fromEntries(
    VARIANTS.map((v) => [v, {
      create: summary(samples[v].map((s) => s.create)),
      update: summary(samples[v].map((s) => s.update)),
      bytesPerCard: summary(samples[v].map((s) => s.bytesPerCard)),
      elementsPerCard: samples[v][0].elementsPerCard,
      allReady: samples[v].every((s) => s.allReady),
    }]),
  );
  console.log(`news card × ${n}: done`);
}

for (const element of ['thamm-quote', 'thamm-partner-strip', 'thamm-contact-badge']) {
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
{
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

const cold = [];
const cls = [];
for (let round = 0; round < rounds(1000); round++) {
  cold.push(await sample('/bench/cold.html', async (page) => (await page.waitForFunction(() => window.result)).jsonValue()));
  cls.push(await sample('/bench/cls.html', async (page) => (await page.waitForFunction(() => window.result, null, {timeout: 15_000})).jsonValue()));
}
results.coldLoad = summary(cold.map((r) => r.ready));
results.slowSrc = {cls: summary(cls.map((r) => r.cls)), ready: summary(cls.map((r) => r.ready))};
results.blockquoteUpgrade = blockquoteUpgrade;

await browser.close();
server.close();

results.quick = quick;
const report = renderReport(results);
writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
writeFileSync('bench/results.md', `${report}\n`);
if (!quick) updateReadme(report);
console.log(`\n${report}`);
