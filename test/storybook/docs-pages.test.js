// The built Storybook (npm run build-storybook → storybook-static/), checked in
// Chromium the way a designer opens it: the Docs pages are in its index, every
// Docs page renders with no console error (and how long it takes is printed),
// the Content model page lists every field of the schema, and the toolbar
// names the chosen width. Run by `npm run test:storybook` after the build.
import {createServer} from 'node:http';
import {readFile} from 'node:fs/promises';
import {readFileSync} from 'node:fs';
import {extname, join, normalize} from 'node:path';
import assert from 'node:assert/strict';
import {after, before, test} from 'node:test';
import {chromium} from 'playwright-core';
import {contentJsonSchema} from '../../dist/content-model/json-schema.js';
import {schemaFields} from '../support/schema-fields.js';

const ROOT = 'storybook-static';
const MDX_PAGES = {
  'docs-introduction--docs': 'THAMM widgets',
  'docs-embedding--docs': 'Embedding',
  'docs-theming--docs': 'Theming',
  'docs-content-model--docs': 'Content model',
  'docs-languages-and-direction--docs': 'Languages and direction',
};
const TYPES = {'.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.svg': 'image/svg+xml', '.woff2': 'font/woff2'};

const index = JSON.parse(readFileSync(`${ROOT}/index.json`, 'utf8'));
const docsPages = Object.values(index.entries).filter((entry) => entry.type === 'docs');

let server;
let browser;
let base;

before(async () => {
  server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://localhost').pathname)).replace(/^[/\\.]+/, '') || 'index.html';
    try {
      const body = await readFile(join(ROOT, path));
      response.writeHead(200, {'content-type': TYPES[extname(path)] ?? 'application/octet-stream'});
      response.end(body);
    } catch {
      response.writeHead(404);
      response.end();
    }
  }).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  base = `http://127.0.0.1:${server.address().port}/`;
  browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking'],
  });
});

after(async () => {
  await browser?.close();
  server?.close();
});

/** Opens a page, collecting its console errors and uncaught exceptions. */
async function open(url) {
  const page = await browser.newPage();
  const errors = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(`console.error: ${message.text()}`));
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => errors.push(`request failed: ${request.url()}`));
  // Chromium's count of main-thread work: what a page costs without the wait
  // for a CPU that other processes share (CI and this machine run many at once).
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const start = Date.now();
  await page.goto(new URL(url, base).href);
  const busy = async () => {
    const {metrics} = await cdp.send('Performance.getMetrics');
    return Math.round(1000 * metrics.find(({name}) => name === 'TaskDuration').value);
  };
  return {page, errors, start, busy};
}

/**
 * A Docs page has rendered when its heading is there and every widget on it
 * is defined and has settled, but for those meant to stay loading: the
 * Loading stories, and examples with no content (the placeholder colour).
 */
const settled = () =>
  [...document.querySelectorAll('#storybook-docs *')]
    .filter((element) => element.localName.startsWith('thamm-'))
    .every((element) =>
      element.matches(':defined') &&
      (element.getAttribute('state') !== 'loading' || element.closest('[id$="--loading"], [id$="--loading-inner"]') || !element.hasAttribute('src') && !element.data));

test('the index has the five MDX Docs pages and a Docs page per element', () => {
  for (const [id, title] of Object.entries(MDX_PAGES)) {
    const entry = index.entries[id];
    assert.ok(entry, `${id} (${title}) is in index.json`);
    assert.equal(entry.type, 'docs');
    assert.match(entry.importPath, /\.mdx$/);
  }
  for (const element of ['news-card', 'quote', 'partner-strip', 'contact-badge', 'news-list']) {
    assert.ok(index.entries[`elements-${element}--docs`], `autodocs for ${element}`);
  }
});

for (const {id, title} of docsPages) {
  test(`Docs page "${title}" renders with no console error`, async () => {
    const {page, errors, start, busy} = await open(`iframe.html?viewMode=docs&id=${id}`);
    try {
      await page.waitForSelector('#storybook-docs h1', {timeout: 60_000});
      const heading = Date.now() - start;
      await page.waitForFunction(settled, null, {timeout: 60_000, polling: 100});
      console.log(`${id}: heading after ${heading} ms, every widget settled after ${Date.now() - start} ms; main-thread work ${await busy()} ms`);
      if (MDX_PAGES[id]) assert.equal(await page.textContent('#storybook-docs h1'), MDX_PAGES[id]);
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
    }
  });
}

test('the Content model page lists every field of the schema, in its section', async () => {
  const {page, errors} = await open('iframe.html?viewMode=docs&id=docs-content-model--docs');
  try {
    await page.waitForSelector('#storybook-docs h2', {timeout: 60_000});
    // Each section's heading, and the field paths of the tables under it.
    const listed = await page.evaluate(() => {
      const sections = {};
      let current;
      for (const element of document.querySelectorAll('#storybook-docs h2, #storybook-docs td:first-child code')) {
        if (element.localName === 'h2') sections[(current = element.textContent.trim())] = [];
        else sections[current]?.push(element.textContent.trim());
      }
      return sections;
    });
    const fields = schemaFields(contentJsonSchema());
    assert.ok(fields.length > 50, `${fields.length} fields`);
    for (const {section, path} of fields) {
      assert.ok(listed[section]?.includes(path), `${section} ${path} is listed`);
    }
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});

test('the toolbar names the chosen width, also when it comes from the URL', async () => {
  const {page, errors} = await open('index.html?path=/story/elements-news-card--playground&globals=width:600px');
  try {
    // The toolbar button is labelled by the global's description, then the chosen item's title.
    const label = await page.waitForFunction(
      () => [...document.querySelectorAll('button[aria-label^="Width of the container"]')].map((button) => button.textContent.trim()).find(Boolean),
      null,
      {timeout: 120_000},
    );
    assert.equal(await label.jsonValue(), '600 px');
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});
