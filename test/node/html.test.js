// thamm-widgets/html and the `thamm-widgets embed` command, in plain Node (no
// DOM), on the build: run after `npm run build` (npm test does both).
import {execFileSync, spawnSync} from 'node:child_process';
import {readFileSync, mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {EmbedError, elementFor, embedSnippet, selectEmbed} from '../../dist/html/index.js';

const seed = JSON.parse(readFileSync('content/thamm-seed.json', 'utf8'));
const cli = (...args) => spawnSync('node', ['bin/thamm-widgets.js', ...args], {encoding: 'utf8'});
const SRC = 'https://thamm.example/content/thamm.json';

test('the module needs no DOM and no Lit: every module it loads imports only relative files', () => {
  assert.equal(typeof globalThis.document, 'undefined', 'plain Node');
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*['"]([^'"]+)['"]/g)) {
      assert.match(specifier, /^\.\.?\//, `${file} imports ${specifier}`);
      visit(join(dirname(file), specifier));
    }
  };
  visit('dist/html/index.js');
  assert.ok(seen.size > 5, `followed the imports (${seen.size} files)`);
});

test('each collection gives its element', () => {
  assert.equal(elementFor('/news/0'), 'thamm-news-card');
  assert.equal(elementFor('/quotes/2'), 'thamm-quote');
  assert.equal(elementFor('/partners'), 'thamm-partner-strip');
  assert.equal(elementFor('/contacts/0'), 'thamm-contact-badge');
  assert.equal(elementFor('/news'), 'thamm-news-list');
  for (const pointer of ['', '/', '/news/', '/news/01', '/news/-1', '/partners/0', '/lang', 'news/0']) {
    assert.equal(elementFor(pointer), undefined, pointer);
  }
});

test('the element form: attributes, the content as inline JSON, and a fallback in the chosen language', () => {
  const {content, ...embed} = selectEmbed(seed, '/news/0');
  const snippet = embedSnippet(content, {...embed, lang: 'en', attributes: {'heading-level': 2}});
  const lines = snippet.split('\n');
  assert.equal(lines[0], '<thamm-news-card lang="en" heading-level="2">');
  assert.equal(lines[1], '  <script type="application/json">');
  assert.deepEqual(JSON.parse(snippet.slice(snippet.indexOf('{'), snippet.indexOf('</script>'))), content);
  assert.equal(lines.at(-2), `  <p><a href="https://www.ilo.org/">${seed.news[0].title.en}</a>, October 15, 2020</p>`);
  assert.equal(lines.at(-1), '</thamm-news-card>');
});

test('the blockquote form: the contract\'s shape, cite with the pointer appended, data-* attributes, dir for Arabic', () => {
  const {content, ...embed} = selectEmbed(seed, '/partners');
  const snippet = embedSnippet(content, {...embed, form: 'blockquote', src: SRC, lang: 'ar', attributes: {'heading-level': 3, monochrome: true, 'logo-height': undefined}});
  const lines = snippet.split('\n');
  assert.equal(lines[0], `<blockquote cite="${SRC}#/partners" class="thamm-embed" lang="ar" dir="rtl" data-heading-level="3" data-monochrome>`);
  assert.equal(lines[1], `  <p>${seed.partners.title.ar}</p>`);
  assert.ok(lines.includes(`    <li><a href="https://www.ilo.org/">${seed.partners.partners[2].name.ar}</a></li>`), snippet);
  assert.ok(lines.includes(`    <li>${seed.partners.partners[0].name.ar}</li>`), 'a partner without url is its name alone');
  assert.equal(lines.at(-1), '</blockquote>');
  const own = embedSnippet(content, {...embed, form: 'blockquote', src: `${SRC}#/partners`});
  assert.match(own, /cite="https:\/\/thamm\.example\/content\/thamm\.json#\/partners"/, 'a fragment of its own is kept');
});

test('the quote and its speaker; the contact\'s name, role and e-mail', () => {
  const quote = selectEmbed(seed, '/quotes/0');
  const q = embedSnippet(quote.content, {...quote, lang: 'fr'}).split('\n');
  assert.equal(q.at(-3), `  <p>«\u202F${seed.quotes[0].text.fr}\u202F»</p>`);
  assert.equal(q.at(-2), `  <p>${seed.quotes[0].author.name.fr}, ${seed.quotes[0].author.role.fr}, ${seed.quotes[0].author.organization.fr}</p>`);
  const contact = selectEmbed(seed, '/contacts/0');
  const c = embedSnippet(contact.content, {...contact, src: SRC, lang: 'en'}).split('\n');
  assert.equal(c[0], `<thamm-contact-badge src="${SRC}#/contacts/0" lang="en">`);
  assert.equal(c[1], `  <p>${seed.contacts[0].name.en}, ${seed.contacts[0].role.en}, ${seed.contacts[0].organization.en}</p>`);
  assert.equal(c[2], '  <p><a href="mailto:amraoui@ilo.org">amraoui@ilo.org</a></p>');
});

test('text in another language than the snippet\'s is marked with its lang and dir', () => {
  const snippet = embedSnippet({title: {ar: 'عنوان'}, date: '2020-10-15'}, {element: 'thamm-news-card', lang: 'fr'});
  assert.match(snippet, /<p><span lang="ar" dir="rtl">عنوان<\/span>, 15 octobre 2020<\/p>/);
});

test('every text and attribute is escaped, and `<` never reaches the inline JSON', () => {
  const nasty = '</script><script>alert(1)</script> & "quoted" <!--';
  const snippet = embedSnippet({title: nasty, date: '2020-10-15', url: `https://e.example/?a="b"&c=<d>`}, {element: 'thamm-news-card', attributes: {'heading-level': '"><img src=x onerror=alert(1)>'}});
  assert.ok(!snippet.includes('<script>alert'), snippet);
  assert.equal((snippet.match(/<\/script>/g) ?? []).length, 1, 'only the inline JSON\'s own end tag');
  assert.ok(snippet.includes('heading-level="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"'), snippet);
  assert.ok(snippet.includes('&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; "quoted" &lt;!--'), snippet);
  assert.ok(snippet.includes('href="https://e.example/?a=%22b%22&amp;c=%3Cd%3E"'), snippet);
});

test('URLs: the elements\' policy; relative ones resolve against --src, or stay relative without it', () => {
  const warnings = [];
  const item = (url) => ({title: 'T', date: '2020-10-15', url});
  const href = (url, src) => embedSnippet(item(url), {element: 'thamm-news-card', src, warn: (m) => warnings.push(m)}).match(/<a href="([^"]*)"/)?.[1];
  assert.equal(href('news/1.html'), 'news/1.html');
  assert.equal(href('../news/1.html?x=1#y'), '../news/1.html?x=1#y');
  assert.equal(href('/news/1.html'), '/news/1.html');
  assert.equal(href(' \tnews/1 2.html\n'), 'news/1%202.html', 'as the browser would clean it');
  assert.equal(href('news/1.html', `${SRC}#/news/0`), 'https://thamm.example/content/news/1.html');
  assert.equal(href('news/1.html', '/content/thamm.json'), '/content/news/1.html');
  assert.equal(href('news/1.html', 'content/thamm.json'), 'content/news/1.html');
  assert.equal(href('../news/1.html', 'content/thamm.json'), 'news/1.html');
  assert.equal(href('//cdn.example/x'), 'https://cdn.example/x');
  for (const bad of ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>', 'vbscript:x', 'mailto:a@b.example', 'file:///etc/passwd']) {
    assert.equal(href(bad), undefined, bad);
  }
  assert.equal(warnings.length, 7);
  assert.equal(warnings[0], '<thamm-news-card> url: unsafe URL dropped ("javascript:alert(1)")', 'worded as the element warns');
});

test('errors name the failure as the elements do', () => {
  const throws = (fn, message) => assert.throws(fn, (error) => error instanceof EmbedError && error.message === message);
  throws(() => selectEmbed(seed, '/news/9', 'seed.json'), 'nothing at "#/news/9" in seed.json');
  throws(() => selectEmbed(seed, '/lang'), '"#/lang" is not a part of a content bundle that an element shows: use #/news/<i>, #/news, #/quotes/<i>, #/partners or #/contacts/<i>');
  throws(() => selectEmbed(seed, '%E0%A4%A'), '"#%E0%A4%A" is not a valid JSON Pointer');
  throws(() => embedSnippet({title: 'T'}, {element: 'thamm-news-card'}), '<thamm-news-card> date: required');
  throws(() => embedSnippet([{title: 'T', date: '2020-10-15'}], {element: 'thamm-news-card'}), '<thamm-news-card> content: a list, where one item was expected');
  throws(() => embedSnippet({text: 'x', author: {}}, {element: 'thamm-quote'}), '<thamm-quote> author.name: required');
  throws(() => embedSnippet(seed.news[0], {element: 'thamm-news-card', form: 'blockquote'}), 'src: the blockquote form cites the published document: give its URL (--src)');
  throws(() => embedSnippet(seed.news[0], {element: 'thamm-news-card', src: 'javascript:alert(1)'}), 'src: "javascript:alert(1)" is not an http(s) URL');
  throws(() => embedSnippet(seed.news[0], {element: 'thamm-news-card', attributes: {onclick: 'x'}}), 'onclick: not an attribute of <thamm-news-card>');
  throws(() => embedSnippet(seed.news[0], {element: 'thamm-news-card', lang: 'fr"'}), 'lang: "fr"" is not a BCP 47 language tag');
  throws(() => embedSnippet(seed.news[0], {element: 'thamm-news-wall'}), 'element: "thamm-news-wall" is not one of thamm-news-card, thamm-quote, thamm-partner-strip, thamm-contact-badge, thamm-news-list');
  throws(() => embedSnippet(seed.news[0], {element: 'thamm-news-list'}), '<thamm-news-list> items: required');
});

test('the news list: the items it shows (newest first, limit, tag), as links with their dates, then the more link', () => {
  const list = {
    title: {fr: 'Actualités', en: 'News'},
    items: [
      {title: 'Ancienne', date: '2020-01-01', url: 'https://example.org/old'},
      {title: 'Récente', date: '2021-03-02T09:30:00+01:00', url: 'https://example.org/new', tags: ['Mobilité']},
      {title: 'Du même jour', date: '2021-03-02', tags: [{fr: 'Mobilité', en: 'Mobility'}]},
    ],
    more: {url: 'https://example.org/news', label: {fr: 'Toutes', en: 'All'}},
  };
  const src = 'https://thamm.example/thamm.json';
  const quote = embedSnippet(list, {element: 'thamm-news-list', form: 'blockquote', src, pointer: '/news', lang: 'en', attributes: {limit: 2}});
  assert.equal(quote, [
    '<blockquote cite="https://thamm.example/thamm.json#/news" class="thamm-embed" lang="en" data-limit="2">',
    '  <p>News</p>',
    '  <ul>',
    '    <li><a href="https://example.org/new">Récente</a>, March 2, 2021</li>',
    '    <li>Du même jour, March 2, 2021</li>',
    '  </ul>',
    '  <p><a href="https://example.org/news">All</a></p>',
    '</blockquote>',
  ].join('\n'));
  // The tag in another language than the snippet's; plain strings marked as the bundle's French.
  const element = embedSnippet(list, {element: 'thamm-news-list', lang: 'en', contentLang: 'fr', attributes: {tag: 'MOBILITY'}});
  assert.ok(element.startsWith('<thamm-news-list lang="en" tag="MOBILITY">\n  <script type="application/json">'), element);
  assert.ok(element.endsWith([
    '  <ul>',
    '    <li><span lang="fr" dir="ltr">Du même jour</span>, March 2, 2021</li>',
    '  </ul>',
    '  <p><a href="https://example.org/news">All</a></p>',
    '</thamm-news-list>',
  ].join('\n')), element);
});

test('the command prints the snippet on stdout and exits 0', () => {
  const src = 'http://127.0.0.1:8000/content/thamm-seed.json';
  const out = execFileSync('node', ['bin/thamm-widgets.js', 'embed', 'content/thamm-seed.json#/news/0', '--form', 'blockquote', '--src', src], {encoding: 'utf8'});
  const {content, ...embed} = selectEmbed(seed, '/news/0');
  assert.equal(out, `${embedSnippet(content, {...embed, form: 'blockquote', src})}\n`);
  assert.ok(out.startsWith(`<blockquote cite="${src}#/news/0" class="thamm-embed" lang="fr">`), out);
  const element = cli('embed', 'content/thamm-seed.json#/quotes/1', '--lang', 'en', '--variant', 'featured');
  assert.equal(element.status, 0, element.stderr);
  assert.ok(element.stdout.startsWith('<thamm-quote lang="en" variant="featured">\n  <script type="application/json">'), element.stdout);
  const help = cli('--help');
  assert.equal(help.status, 0);
  assert.match(help.stdout, /Usage: thamm-widgets embed FILE\.json#\/POINTER/);
});

test('the command\'s errors: one line on stderr, nothing on stdout, exit 1', () => {
  const dir = mkdtempSync(join(tmpdir(), 'thamm-'));
  writeFileSync(join(dir, 'bad.json'), JSON.stringify({lang: 'fr', news: [{title: 'Sans date'}]}));
  writeFileSync(join(dir, 'broken.json'), '{"news": [');
  const cases = [
    [['embed', join(dir, 'missing.json#/news/0')], `thamm-widgets: ${join(dir, 'missing.json')}: no such file`],
    [['embed', 'content/thamm-seed.json#/news/7'], 'thamm-widgets: nothing at "#/news/7" in content/thamm-seed.json (content/thamm-seed.json#/news/7)'],
    [['embed', 'content/thamm-seed.json'], /^thamm-widgets: "#" is not a part of a content bundle that an element shows/],
    [['embed', join(dir, 'bad.json#/news/0')], `thamm-widgets: <thamm-news-card> date: required (${join(dir, 'bad.json#/news/0')})`],
    [['embed', join(dir, 'broken.json#/news/0')], new RegExp(`^thamm-widgets: ${join(dir, 'broken.json')}: not valid JSON`)],
    [['embed', 'content/thamm-seed.json#/news/0', '--form', 'blockquote'], /^thamm-widgets: src: the blockquote form cites the published document/],
    [['embed', 'content/thamm-seed.json#/news/0', '--form', 'iframe'], /^thamm-widgets: form: "iframe" is not element or blockquote/],
    [['embed', 'content/thamm-seed.json#/contacts/0', '--heading-level', '2'], /^thamm-widgets: heading-level: not an attribute of <thamm-contact-badge>/],
    [['embed', 'content/thamm-seed.json#/news/0', '--nope'], /^thamm-widgets: Unknown option '--nope'/],
    [['publish'], /^thamm-widgets: unknown command "publish"/],
    [[], /^thamm-widgets: usage: thamm-widgets embed FILE\.json#\/pointer/],
  ];
  for (const [args, expected] of cases) {
    const {status, stdout, stderr} = cli(...args);
    assert.equal(status, 1, args.join(' '));
    assert.equal(stdout, '', args.join(' '));
    assert.equal(stderr.split('\n').length, 2, `one line: ${stderr}`);
    if (typeof expected === 'string') assert.equal(stderr.trimEnd(), expected);
    else assert.match(stderr, expected);
  }
});

test('a relative URL whose first segment has a colon stays a relative URL, not a scheme', () => {
  // `https:A:` against an https page is the relative path `A:`; written as it is, a browser reads scheme `a:`.
  const snippet = embedSnippet({title: 'T', date: '2020-10-15', url: 'https:A:'}, {element: 'thamm-news-card', src: 'https:B:x.json'});
  assert.ok(snippet.includes('src="./B:x.json"'), snippet);
  assert.ok(snippet.includes('href="./A:"'), snippet);
});
