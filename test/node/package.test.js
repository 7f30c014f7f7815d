// What npm publishes and how tools read it: run with node's test runner after
// `npm run build` (npm test does both).
import {execFileSync} from 'node:child_process';
import {existsSync, readFileSync} from 'node:fs';
import assert from 'node:assert/strict';
import {test} from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import {publint} from 'publint';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

test('the tarball holds the build, types, manifest, editor data and the command, and no sources, tests, stories or demo', () => {
  const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {encoding: 'utf8'}));
  const files = pack.files.map((file) => file.path);
  for (const needed of [
    'package.json', 'README.md', 'custom-elements.json', 'vscode.html-custom-data.json',
    'dist/thamm-widgets.js', 'dist/autoloader.js', 'dist/index.js', 'dist/index.d.ts',
    'dist/news-card/define.js', 'dist/news-card/define.d.ts', 'dist/react/index.js',
    'dist/schema/thamm-content.schema.json', 'dist/html/index.js', 'dist/html/index.d.ts', 'dist/eleventy/index.js', 'bin/thamm-widgets.js',
    'docs/content.md', 'docs/embedding.md',
  ]) {
    assert.ok(files.includes(needed), `${needed} is published`);
  }
  const unwanted = files.filter((file) => /^(src|test|stories|demo|content|xliff|build|\.storybook|\.ci)\/|\.map$|\.test\./.test(file));
  assert.deepEqual(unwanted, [], 'nothing but the build is published');
});

test('every export resolves to a file', () => {
  for (const [entry, target] of Object.entries(pkg.exports)) {
    for (const path of typeof target === 'string' ? [target] : Object.values(target)) {
      assert.ok(existsSync(path), `${entry} → ${path}`);
    }
  }
});

test('publint finds nothing to fix', async () => {
  const {messages} = await publint({pkgDir: '.', strict: true});
  assert.deepEqual(messages.map((m) => `${m.type}: ${m.code} ${m.path?.join('.') ?? ''}`), []);
});

test('@arethetypeswrong/cli finds no type problems for ESM consumers', () => {
  // The package is ES modules only; `require()` of it is not offered, so the CJS profiles do not apply.
  const output = execFileSync('npx', ['attw', '--pack', '.', '--profile', 'esm-only', '--format', 'json', '--quiet'], {encoding: 'utf8'});
  const problems = output.trim() ? JSON.parse(output).analysis?.problems ?? [] : [];
  assert.deepEqual(problems, []);
});

test('the example content bundle validates against the published JSON Schema, and broken content does not', () => {
  const schema = readJson('dist/schema/thamm-content.schema.json');
  const validate = new Ajv2020({strict: false, allErrors: true}).compile(schema);
  const seed = readJson('content/thamm-seed.json');
  assert.ok(validate(seed), JSON.stringify(validate.errors));
  assert.equal(validate({news: [{title: 'Sans date'}]}), false);
  assert.equal(validate({quotes: [{text: 'x', author: {}}]}), false);
  assert.equal(validate({partners: [{name: 'X', role: 'sponsor'}]}), false);
  // The news list's own object is published too, for CMSs that export one.
  const lists = new Ajv2020({strict: false}).addSchema(schema);
  const list = lists.compile({$ref: `${schema.$id}#/$defs/NewsList`});
  assert.ok(list({title: 'Actualités', items: seed.news, more: {url: '/news'}}), JSON.stringify(list.errors));
  assert.equal(list({items: [{title: 'Sans date'}]}), false);
});

test('package.json points tools at the manifest, and editor data lists every element and attribute', () => {
  assert.equal(pkg.customElements, 'custom-elements.json');
  const data = readJson('vscode.html-custom-data.json');
  const tags = Object.fromEntries(data.tags.map((tag) => [tag.name, tag.attributes.map((a) => a.name)]));
  assert.deepEqual(Object.keys(tags).sort(), ['thamm-contact-badge', 'thamm-news-card', 'thamm-news-list', 'thamm-partner-strip', 'thamm-quote']);
  assert.ok(tags['thamm-partner-strip'].includes('logo-height'));
  assert.ok(tags['thamm-news-card'].includes('heading-level'));
  assert.deepEqual(['heading-level', 'limit', 'tag'].filter((name) => !tags['thamm-news-list'].includes(name)), []);
  const variant = data.tags.find((tag) => tag.name === 'thamm-quote').attributes.find((a) => a.name === 'variant');
  assert.deepEqual(variant.values, [{name: 'featured'}]);
});

test('the one-file bundle names its Trusted Types policy after the package, never lit-html', () => {
  const bundle = readFileSync('dist/thamm-widgets.js', 'utf8');
  assert.match(bundle, /createPolicy\(["`']thamm-widgets["`']/);
  assert.doesNotMatch(bundle, /["`']lit-html["`']/);
});

test('the one-file bundle carries the UI strings but not the notes for translators', () => {
  const bundle = readFileSync('dist/thamm-widgets.js', 'utf8');
  assert.ok(bundle.includes('Mots-clés') && bundle.includes('الكلمات المفتاحية'), 'fr and ar strings');
  assert.doesNotMatch(bundle, /desc:|Accessible name of the list of tags/);
});

test('the per-element modules leave Lit to the consumer\'s bundler', () => {
  const card = readFileSync('dist/news-card/news-card.js', 'utf8');
  assert.match(card, /from 'lit'/);
  assert.ok(pkg.dependencies.lit, 'lit is a dependency');
  assert.equal(readFileSync('dist/news-card/news-card.d.ts', 'utf8').includes("'thamm-news-card': ThammNewsCard"), true, 'HTMLElementTagNameMap');
});
