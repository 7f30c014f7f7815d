// What the README, the docs and the demo page point at exists: linked files and their
// headings, images, repository paths named in code spans, the demo's favicon and assets.
import {existsSync, readFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import assert from 'node:assert/strict';
import {test} from 'node:test';

const DOCS = ['README.md', 'docs/embedding.md'];

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
const slug = (heading) => heading.trim().toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-');
const anchorsOf = (file) => new Set([...readFileSync(file, 'utf8').matchAll(/^#{1,6} (.+)$/gm)].map(([, heading]) => slug(heading)));

for (const doc of DOCS) {
  const text = readFileSync(doc, 'utf8');

  test(`${doc}: every relative link and image points at a file, and at a heading of it`, () => {
    const targets = [
      ...[...text.matchAll(/!?\[[^\]]*\]\(([^)\s]+)\)/g)].map(([, url]) => url),
      ...[...text.matchAll(/<img\b[^>]*\ssrc="([^"]+)"/g)].map(([, url]) => url),
    ].filter((url) => !/^[a-z]+:/i.test(url));
    assert.ok(targets.length > 0 || doc !== 'README.md', 'the README links its docs');
    for (const url of targets) {
      const [path, anchor] = url.split('#');
      const file = path ? join(dirname(doc), path) : doc;
      assert.ok(existsSync(file), `${doc} links ${url}: no ${file}`);
      if (anchor) assert.ok(anchorsOf(file).has(anchor), `${doc} links ${url}: no heading "#${anchor}" in ${file}`);
    }
  });

  test(`${doc}: every repository path in a code span exists`, () => {
    const paths = [...text.matchAll(/`((?:src|test|content|docs|build|bin|stories|demo|bench|xliff|\.ci)\/[^`\s]*)`/g)]
      .map(([, path]) => path.replace(/[#:].*$/, ''))
      .filter((path) => !/[<>*…]/.test(path));
    // A folder the tests write and git ignores (test/visual/failed/) need not exist.
    const ignored = readFileSync('.gitignore', 'utf8').split('\n').filter((line) => line && !line.startsWith('#'));
    for (const path of paths.filter((path) => !ignored.includes(path))) assert.ok(existsSync(path), `${doc} names ${path}, which does not exist`);
  });
}

test('the demo page: a favicon, and every local asset it loads exists', () => {
  const page = readFileSync('index.html', 'utf8');
  assert.match(page, /<link rel="icon" [^>]*href="\/demo\/favicon\.svg"/, 'a favicon');
  for (const [, url] of page.matchAll(/\s(?:href|src)="(\/[^"#]*|(?!https?:|mailto:)[^"#:]+)(?:#[^"]*)?"/g)) {
    if (url.includes('missing')) continue; // the error-state demo's document, missing on purpose
    assert.ok(existsSync(url.replace(/^\//, '')), `index.html loads ${url}, which does not exist`);
  }
});

test('the demo page: its own headings are in one language, marked so when the switcher changes <html lang>', () => {
  const page = readFileSync('index.html', 'utf8');
  const headings = [...page.matchAll(/<(h[1-6])\b([^>]*)>([\s\S]*?)<\/\1>/g)];
  assert.ok(headings.length >= 7, 'the title and a heading per section');
  for (const [heading, , attributes] of headings) assert.match(attributes, /\slang="fr"/, heading);
});
