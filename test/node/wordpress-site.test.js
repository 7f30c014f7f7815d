// The WordPress plugin (integrations/wordpress/thamm-widgets/) in a real WordPress: Debian's
// `wordpress` 6.1 with MariaDB and PHP's built-in server (test/hosts/wordpress-site.js sets it up
// and prints the versions), the plugin installed from dist/thamm-widgets-wordpress.zip by
// WordPress's own upgrader, posts saved through wp_insert_post() by an Author (kses) and an
// Administrator, the front end opened in Debian's Chromium (playwright-core).
import {execFileSync} from 'node:child_process';
import {createHash} from 'node:crypto';
import {readFileSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import assert from 'node:assert/strict';
import {after, before, test} from 'node:test';
import {chromium} from 'playwright-core';
import {startWordPressSite} from '../hosts/wordpress-site.js';

const PLUGIN = 'integrations/wordpress/thamm-widgets';
const CONTENT = 'https://content.thamm.test';
const ELSEWHERE = 'https://elsewhere.test';
const seed = JSON.parse(readFileSync('content/thamm-seed.json', 'utf8'));
const embed = (...args) => execFileSync('node', ['bin/thamm-widgets.js', 'embed', ...args], {encoding: 'utf8'}).trimEnd();
const block = (name, html) => `<!-- wp:${name} -->\n${html}\n<!-- /wp:${name} -->`;

// What an Author pastes and writes: a blockquote snippet (Custom HTML block), a [thamm] shortcode
// (Shortcode block), and a snippet citing an origin the site does not list.
const quoteSnippet = embed('content/thamm-seed.json#/quotes/1', '--form', 'blockquote', '--src', `${CONTENT}/thamm-seed.json`, '--lang', 'ar');
const newsFallback = /<p>.*<\/p>/.exec(embed('content/thamm-seed.json#/news/0', '--lang', 'en'))[0];
const shortcode = `[thamm src="${CONTENT}/thamm-seed.json#/news/0" lang="en" heading-level="2"]${newsFallback}[/thamm]`;
const unlisted = embed('content/thamm-seed.json#/contacts/0', '--form', 'blockquote', '--src', `${ELSEWHERE}/thamm-seed.json`);
// What an Administrator (unfiltered_html: nothing filters the post) may write.
const hostile = [
  `[thamm src="${CONTENT}/thamm-seed.json#/contacts/0" lang='" onmouseover="alert(1)' tag='" onmouseover="alert(2)' heading-level='2" onclick="alert(3)' dir='rtl" onfocus="alert(4)' limit="3 onclick=alert(5)"]<img src=x onerror=alert(6)><script>alert(7)</script>Abderrahim Amraoui[/thamm]`,
  '[thamm src="javascript:alert(8)//#/news/0"]Only the fallback[/thamm]',
  `[thamm src='${CONTENT}/x.json#/news/0" onmouseover="alert(9)']x[/thamm]`,
].join('\n\n');

let site;
let browser;
const requests = [];
before(async () => {
  site = await startWordPressSite({
    content: {
      origins: `${CONTENT}/ not-an-origin`,
      posts: [
        {slug: 'thamm-author', title: 'Saved by an Author', role: 'author', content: [block('html', quoteSnippet), block('shortcode', shortcode), block('html', unlisted)].join('\n\n')},
        {slug: 'thamm-administrator', title: 'Saved by an Administrator', role: 'administrator', content: hostile},
      ],
      render: [
        `[thamm src="${CONTENT}/thamm-seed.json#/news/0" lang="ar" heading-level="2"]${/<p>.*<\/p>/.exec(embed('content/thamm-seed.json#/news/0', '--lang', 'ar'))[0]}[/thamm]`,
        `[thamm src="/content/thamm-seed.json#/partners" monochrome logo-height="40" heading-level="3"]Partners[/thamm]`,
      ],
    },
  });
  browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
});
after(async () => {
  await browser?.close();
  await site?.stop();
});

/** A front-end page; the content origin is served by a route (CORS, as a CDN would). */
async function open(url) {
  const context = await browser.newContext();
  context.on('request', (request) => requests.push(request.url()));
  await context.route(`${CONTENT}/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    const headers = {'access-control-allow-origin': '*'};
    if (path === '/thamm-seed.json') return route.fulfill({contentType: 'application/json', headers, body: readFileSync('content/thamm-seed.json')});
    if (path.startsWith('/logos/')) return route.fulfill({contentType: 'image/svg+xml', headers, body: readFileSync(join('content', path))});
    return route.fulfill({status: 404, headers});
  });
  await context.route(`${ELSEWHERE}/**`, (route) => route.fulfill({status: 500}));
  const page = await context.newPage();
  const dialogs = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    return dialog.dismiss();
  });
  await page.goto(url);
  return {page, dialogs};
}

test('the set-up ran Debian\'s WordPress 6.1 on PHP 8.1 or later, with the plugin from the zip active', () => {
  assert.match(site.versions.wordpress, /^6\.1\./);
  const [major, minor] = site.versions.php.split('.').map(Number);
  assert.ok(major > 8 || (major === 8 && minor >= 1), `PHP ${site.versions.php}`);
  assert.equal(site.plugin.plugin, JSON.parse(readFileSync('package.json', 'utf8')).version);
});

test('the origins setting keeps origins only, normalised', () => {
  assert.equal(site.origins, CONTENT);
});

test('the Author\'s post: the blockquote and the shortcode become ready widgets; the meta lists the origin; the bundle loads once, with its SRI', async () => {
  const saved = site.posts['thamm-author'].saved;
  assert.ok(saved.includes(quoteSnippet), 'kses kept the pasted blockquote as it was');
  const {page} = await open(site.posts['thamm-author'].url);
  assert.equal(await page.locator('meta[name="thamm-widgets-origins"]').getAttribute('content'), CONTENT);

  const quote = page.locator('thamm-quote[state="ready"]');
  const card = page.locator('thamm-news-card[state="ready"]');
  await quote.waitFor();
  await card.waitFor();
  assert.equal(await quote.getAttribute('lang'), 'ar');
  assert.equal(await quote.getAttribute('src'), `${CONTENT}/thamm-seed.json#/quotes/1`);
  assert.equal(await card.getAttribute('lang'), 'en');
  assert.equal(await card.getAttribute('heading-level'), '2');
  assert.equal(await card.getByRole('heading', {level: 2}).innerText(), seed.news[0].title.en);
  // The unlisted origin: left as it is, and never asked.
  assert.equal(await page.locator(`blockquote[cite^="${ELSEWHERE}"]`).count(), 1);
  assert.equal(await page.locator('thamm-contact-badge').count(), 0);
  assert.deepEqual(requests.filter((url) => url.startsWith(ELSEWHERE)), []);

  const scripts = page.locator('script[src*="thamm-widgets.js"]');
  assert.equal(await scripts.count(), 1, 'one script tag');
  assert.equal(await scripts.getAttribute('type'), 'module');
  const bundle = readFileSync('dist/thamm-widgets.js');
  assert.equal(await scripts.getAttribute('integrity'), `sha384-${createHash('sha384').update(bundle).digest('base64')}`);
  assert.equal(await page.evaluate(() => performance.getEntriesByType('resource').filter((entry) => entry.name.includes('thamm-widgets.js')).length), 1, 'fetched once');
  await page.context().close();
});

test('the [thamm] shortcode prints exactly what `thamm-widgets embed --form blockquote` prints', () => {
  const expected = embed('content/thamm-seed.json#/news/0', '--form', 'blockquote', '--src', `${CONTENT}/thamm-seed.json`, '--lang', 'ar', '--heading-level', '2');
  assert.equal(site.rendered[0], expected, `${site.rendered[0]}\n!==\n${expected}`);
  assert.equal(site.rendered[1], [
    `<blockquote cite="${site.url}/content/thamm-seed.json#/partners" class="thamm-embed" data-heading-level="3" data-logo-height="40" data-monochrome>`,
    '  <p>Partners</p>',
    '</blockquote>',
  ].join('\n'), 'a relative src made absolute; no lang: the page\'s; the attributes in embed\'s order');
});

test('hostile shortcode attributes and fallback come out escaped: no handler, no script, no foreign URL', async () => {
  const {page, dialogs} = await open(site.posts['thamm-administrator'].url);
  const post = page.locator('.wp-block-post-content, .entry-content').first();
  await page.locator('thamm-contact-badge[state="ready"]').waitFor();
  const found = await post.evaluate((root) => ({
    handlers: [...root.querySelectorAll('*')].flatMap((el) => el.getAttributeNames().filter((name) => name.startsWith('on'))),
    scripts: root.querySelectorAll('script').length,
    cites: [...root.querySelectorAll('[cite], [src]:not(img)')].map((el) => el.getAttribute('cite') ?? el.getAttribute('src')),
    langs: [...root.querySelectorAll('[lang]')].map((el) => el.getAttribute('lang')),
    text: root.innerText,
  }));
  assert.deepEqual(found.handlers, []);
  assert.equal(found.scripts, 0);
  assert.deepEqual(found.langs, [], 'an invalid lang is left out');
  for (const url of found.cites) assert.match(url, /^https:\/\/content\.thamm\.test\//);
  assert.ok(found.text.includes('Only the fallback'), 'a javascript: src prints the fallback alone');
  assert.deepEqual(dialogs, []);
  await page.context().close();
});

test('the front end only: the login page does not load the bundle', async () => {
  const login = await (await fetch(`${site.url}/wp-login.php`)).text();
  assert.ok(login.includes('user_login'), 'the login page');
  assert.ok(!login.includes('thamm-widgets'), 'no bundle, no meta');
});

test('the settings page saves the origins an administrator types, and the meta follows', async () => {
  const {page} = await open(`${site.url}/wp-login.php`);
  await page.fill('#user_login', 'thamm-administrator');
  await page.fill('#user_pass', 'thamm-administrator-password');
  await Promise.all([page.waitForURL(/wp-admin/), page.click('#wp-submit')]);
  await page.goto(`${site.url}/wp-admin/options-general.php?page=thamm-widgets`);
  assert.equal(await page.locator('script[src*="thamm-widgets.js"]').count(), 0, 'no bundle in the admin');
  const field = page.getByLabel('Allowed content origins');
  assert.equal(await field.inputValue(), CONTENT);
  await field.fill(`${CONTENT}\nHTTPS://CDN.Example:443/\njavascript:alert(1)`);
  await Promise.all([page.waitForURL(/settings-updated=true/), page.click('#submit')]);
  assert.match(await page.locator('.notice, .error, .updated').allInnerTexts().then((t) => t.join(' ')), /javascript:alert\(1\)/, 'the entry left out is named');
  await page.goto(site.posts['thamm-author'].url);
  assert.equal(await page.locator('meta[name="thamm-widgets-origins"]').getAttribute('content'), `${CONTENT} https://cdn.example`);
  await page.context().close();
});

test('uninstalling removes the option', async () => {
  assert.equal(await site.uninstall(), null);
});

test('every PHP file of the plugin passes php -l, and the plugin raised no PHP notice', () => {
  const files = (dir) => readdirSync(dir, {withFileTypes: true}).flatMap((entry) => (entry.isDirectory() ? files(join(dir, entry.name)) : entry.name.endsWith('.php') ? [join(dir, entry.name)] : []));
  const php = files(PLUGIN);
  assert.ok(php.length >= 6, php.join(' '));
  for (const file of php) assert.match(execFileSync('php', ['-l', file], {encoding: 'utf8'}), /No syntax errors/, file);
  let log = '';
  try {
    log = readFileSync(site.debugLog, 'utf8');
  } catch {
    // no notice at all
  }
  assert.deepEqual(log.split('\n').filter((line) => line.includes('thamm-widgets/')), []);
});
