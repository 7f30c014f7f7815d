// thamm-widgets/eleventy in a real Eleventy 3 build: test/eleventy-site/ (a Nunjucks, a Liquid
// and a JavaScript template) is built into test/eleventy-site/_site/ (git-ignored), then opened
// in Debian's Chromium through playwright-core, with JavaScript on and off, served by routes.
import {createHash} from 'node:crypto';
import {existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import assert from 'node:assert/strict';
import {after, before, test} from 'node:test';
import Eleventy from '@11ty/eleventy';
import {chromium} from 'playwright-core';
import thammWidgets from 'thamm-widgets/eleventy';

const SITE = 'test/eleventy-site/_site';
const ORIGIN = 'http://partner.test';
const PAGES = ['nunjucks', 'liquid', 'javascript'];
/** The quote each template shows. */
const QUOTE = {nunjucks: 1, liquid: 0, javascript: 2};
const TAGS = ['thamm-news-card', 'thamm-quote', 'thamm-partner-strip', 'thamm-contact-badge', 'thamm-news-list'];
const seed = JSON.parse(readFileSync('content/thamm-seed.json', 'utf8'));
const sha384 = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

let browser;
before(async () => {
  rmSync(SITE, {recursive: true, force: true});
  await new Eleventy(undefined, undefined, {configPath: 'test/eleventy-site/eleventy.config.js', quietMode: true}).write();
  browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
});
after(() => browser?.close());

const TYPES = {'.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.json': 'application/json', '.svg': 'image/svg+xml'};

/** A page of the built site, served from _site/ as a static host would (`/liquid/` → liquid/index.html). */
async function open(path, javaScriptEnabled) {
  const context = await browser.newContext({javaScriptEnabled});
  await context.route(`${ORIGIN}/**`, (route) => {
    let file = join(SITE, decodeURIComponent(new URL(route.request().url()).pathname));
    if (file.endsWith('/')) file += 'index.html';
    if (!existsSync(file)) return route.fulfill({status: 404});
    return route.fulfill({contentType: TYPES[/\.\w+$/.exec(file)?.[0]] ?? 'application/octet-stream', body: readFileSync(file)});
  });
  const page = await context.newPage();
  await page.goto(`${ORIGIN}${path}`);
  return page;
}

test('the bundle is copied to /assets/ as built, and every page loads it with its SRI', () => {
  const copied = readFileSync(join(SITE, 'assets/thamm-widgets.js'));
  assert.ok(copied.equals(readFileSync('dist/thamm-widgets.js')), 'the copy is dist/thamm-widgets.js');
  for (const name of PAGES) {
    const html = readFileSync(join(SITE, name, 'index.html'), 'utf8');
    const tags = html.match(/<script type="module"[^>]*>/g) ?? [];
    assert.equal(tags.length, 1, `${name}: one module script`);
    assert.match(tags[0], / src="\/assets\/thamm-widgets\.js"/, name);
    assert.equal(/ integrity="([^"]+)"/.exec(tags[0])?.[1], sha384(copied), `${name}: the integrity is the copied file's`);
    assert.match(tags[0], / crossorigin="anonymous"/, name);
  }
});

for (const name of PAGES) {
  test(`${name} template, JavaScript on: every element reaches ready (the bundle passed its SRI check)`, async () => {
    const page = await open(`/${name}/`, true);
    const elements = page.locator(TAGS.map((tag) => `main > ${tag}`).join(', '));
    // Each shortcode gave one element, or a blockquote that the bundle upgrades into one.
    await page.locator('main > blockquote').waitFor({state: 'detached'});
    assert.equal(await elements.count(), TAGS.length);
    await page.waitForFunction((tags) => [...document.querySelectorAll(tags.map((tag) => `main > ${tag}`).join(', '))].every((el) => el.getAttribute('state') === 'ready'), TAGS);
    assert.deepEqual(await elements.evaluateAll((els) => els.map((el) => el.localName)), TAGS, 'one of each, in order');
    await page.context().close();
  });

  test(`${name} template, JavaScript off: each fallback reads as content, in its language`, async () => {
    const page = await open(`/${name}/`, false);
    const embeds = await page.locator('main > :is(blockquote, thamm-news-card, thamm-quote, thamm-partner-strip, thamm-contact-badge, thamm-news-list)').all();
    assert.equal(embeds.length, TAGS.length);
    for (const embed of embeds) {
      const lang = (await embed.getAttribute('lang')) ?? 'fr';
      const text = await embed.innerText();
      assert.ok(await embed.isVisible(), `${lang}: visible`);
      assert.doesNotMatch(text, /[{}"]|\\u/, 'no raw JSON');
      const cite = await embed.getAttribute('cite');
      const tag = cite ? TAGS[['/news/0', '/quotes/', '/partners', '/contacts/', '/news'].findIndex((p) => new URL(cite, ORIGIN).hash.startsWith(`#${p}`))] : await embed.evaluate((el) => el.localName);
      const expected = {
        'thamm-news-card': () => [seed.news[0].title[lang]],
        'thamm-news-list': () => [seed.news[0].title[lang]],
        'thamm-quote': () => [seed.quotes[QUOTE[name]].text[lang].slice(0, 40), seed.quotes[QUOTE[name]].author.name[lang]],
        'thamm-partner-strip': () => seed.partners.partners.map((p) => p.name[lang]),
        'thamm-contact-badge': () => [seed.contacts[0].name[lang], seed.contacts[0].email],
      }[tag]();
      for (const words of expected) assert.ok(words && text.includes(words), `${tag} (${lang}) shows "${words}"`);
      if (tag.includes('news')) {
        const link = embed.getByRole('link', {name: seed.news[0].title[lang]});
        assert.equal(await link.getAttribute('href'), 'https://www.ilo.org/', `${tag}: the title is a link`);
      }
      if (tag === 'thamm-contact-badge') assert.equal(await embed.getByRole('link').getAttribute('href'), `mailto:${seed.contacts[0].email}`);
    }
    await page.context().close();
  });
}

/** The plugin with a stand-in for Eleventy's configuration: its shortcodes and its copy step. */
function register(options) {
  const shortcodes = {};
  let before;
  thammWidgets({addShortcode: (name, fn) => (shortcodes[name] = fn), on: (event, fn) => (before = fn)}, options);
  return {shortcodes, before};
}

test('assets: another folder, and never one outside the site', async () => {
  const {shortcodes, before} = register({assets: 'static/js'});
  assert.match(shortcodes.thammScript(), /^<script type="module" src="\/static\/js\/thamm-widgets\.js" integrity="sha384-/);
  const output = mkdtempSync(join(tmpdir(), 'thamm-eleventy-'));
  try {
    await before({directories: {output}, outputMode: 'fs'});
    assert.ok(existsSync(join(output, 'static/js/thamm-widgets.js')));
  } finally {
    rmSync(output, {recursive: true, force: true});
  }
  assert.throws(() => register({assets: '/assets/../../'}), /assets: .* must be a path inside the site/);
});

test('the shortcodes escape what they are given, and refuse what the element would', () => {
  const {shortcodes} = register();
  const card = shortcodes.thammNewsCard.call({page: {lang: 'en'}}, {title: '</script><img src=x onerror=alert(1)>', date: '2020-10-15', url: 'javascript:alert(1)'}, {headingLevel: 2});
  assert.match(card, /^<thamm-news-card lang="en" heading-level="2">/, 'the page\'s language (i18n plugin), camelCase options');
  assert.doesNotMatch(card, /<img|<\/script><|href="javascript:/, 'no tag, script end or javascript: link from the content');
  const quote = shortcodes.thammQuote({text: 'x', author: {name: 'y'}}, 'variant', 'featured', 'lang', 'ar');
  assert.match(quote, /^<thamm-quote lang="ar" dir="rtl" variant="featured">/, 'Liquid\'s name, value pairs');
  assert.throws(() => shortcodes.thammQuote({text: 'x'}), /<thamm-quote> author: required/);
  assert.throws(() => shortcodes.thammQuote({text: 'x', author: {name: 'y'}}, {onclick: 'alert(1)'}), /onclick: not an attribute of <thamm-quote>/);
  assert.throws(() => shortcodes.thammNewsCard(seed.news[0], {form: 'blockquote'}), /src: the blockquote form cites/);
});
