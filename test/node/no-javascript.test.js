// What a reader of a snippet sees when JavaScript is off (or the script has
// not run): the fallback that `thamm-widgets embed` made from the content.
// And with JavaScript on, the element writes the date exactly as the fallback
// did: Node's Intl and Chromium's agree. Debian's Chromium through
// playwright-core; the page and its files are served by routes, no server.
import {execFileSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import assert from 'node:assert/strict';
import {after, before, test} from 'node:test';
import {chromium} from 'playwright-core';

const ORIGIN = 'http://thamm.test';
const seed = JSON.parse(readFileSync('content/thamm-seed.json', 'utf8'));
const embed = (...args) => execFileSync('node', ['bin/thamm-widgets.js', 'embed', ...args], {encoding: 'utf8'});

let browser;
before(async () => {
  browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    // As in web-test-runner.config.js: root, no GPU, no network chatter.
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
});
after(() => browser?.close());

/** A page holding `snippet` after the script tag, in a context with JavaScript on or off. */
async function open(snippet, javaScriptEnabled) {
  const context = await browser.newContext({javaScriptEnabled});
  await context.route(`${ORIGIN}/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/') {
      const body = `<!doctype html><html lang="fr"><title>Embed</title><script type="module" src="/thamm-widgets.js"></script>\n${snippet}`;
      return route.fulfill({contentType: 'text/html; charset=utf-8', body});
    }
    if (path === '/thamm-widgets.js') return route.fulfill({contentType: 'text/javascript', body: readFileSync('dist/thamm-widgets.js')});
    if (path.startsWith('/content/')) return route.fulfill({contentType: 'application/json', body: readFileSync(path.slice(1))});
    return route.fulfill({status: 404});
  });
  const page = await context.newPage();
  await page.goto(`${ORIGIN}/`);
  return page;
}

const forms = {
  element: [],
  blockquote: ['--form', 'blockquote', '--src', `${ORIGIN}/content/thamm-seed.json`],
};
/** The seed article's date as Intl writes it in `lang` (the JavaScript-on test compares with the element). */
const dateIn = (lang) => new Intl.DateTimeFormat(lang, {dateStyle: 'long', timeZone: 'UTC'}).format(new Date(`${seed.news[0].date}T00:00:00Z`));

for (const [form, args] of Object.entries(forms)) {
  for (const lang of ['fr', 'en', 'ar']) {
    test(`JavaScript off, ${form} form, ${lang}: the reader sees the title as a link, and the date`, async () => {
      const page = await open(embed('content/thamm-seed.json#/news/0', '--lang', lang, ...args), false);
      const link = page.getByRole('link', {name: seed.news[0].title[lang]});
      assert.ok(await link.isVisible(), 'the title is a visible link');
      assert.equal(await link.getAttribute('href'), 'https://www.ilo.org/');
      const paragraph = page.locator('p', {has: link});
      assert.ok(await paragraph.isVisible());
      const text = await paragraph.innerText();
      // The fallback's comma is the language's: «،» in Arabic.
      assert.equal(text, `${seed.news[0].title[lang]}${lang === 'ar' ? '،' : ','} ${dateIn(lang)}`);
      assert.ok(!(await page.locator('body').innerText()).includes('"title"'), 'no raw JSON shown');
      await page.context().close();
    });
  }
}

for (const lang of ['fr', 'en', 'ar']) {
  test(`JavaScript on, ${lang}: the element writes the date exactly as the fallback made in Node`, async () => {
    const snippet = embed('content/thamm-seed.json#/news/0', '--lang', lang);
    const fallbackDate = snippet.match(/<\/a>[,،] ([^<]+)<\/p>/)[1];
    const page = await open(snippet, true);
    const card = page.locator('thamm-news-card[state="ready"]');
    await card.waitFor();
    // Playwright's locators pierce the open shadow root.
    assert.equal(await card.locator('time').innerText(), fallbackDate);
    assert.equal(await page.locator('thamm-news-card > p').isVisible(), false, 'the fallback is hidden once the element renders');
    await page.context().close();
  });
}
