// dist/autoloader.js (after `npm run build`) imports an element's chunk together
// with every chunk that chunk imports, so the browser fetches them side by side
// instead of one hop at a time (vite.config.ts, parallelChunkImports).
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {test} from 'node:test';

const read = (file) => readFileSync(`dist/${file}`, 'utf8');

/** The chunks `file` imports statically, and theirs: paths from dist/. */
function staticImports(file, found = new Set()) {
  for (const [, name] of read(file).matchAll(/\bfrom\s*["'`]\.\/([^"'`]+)["'`]/g)) {
    const path = `chunks/${name}`;
    if (!found.has(path)) staticImports(path, found.add(path));
  }
  return found;
}

test('each element is imported with all the chunks it needs, in one step', () => {
  const autoloader = read('autoloader.js');
  const loaders = [...autoloader.matchAll(/"(thamm-[a-z-]+)":\(\)=>Promise\.all\(\[([^\]]+)\]\)/g)];
  assert.deepEqual(loaders.map(([, tag]) => tag).sort(), ['thamm-contact-badge', 'thamm-news-card', 'thamm-news-list', 'thamm-partner-strip', 'thamm-quote']);
  for (const [, tag, imports] of loaders) {
    const files = [...imports.matchAll(/import\(["'`]\.\/([^"'`]+)["'`]\)/g)].map(([, file]) => file);
    const element = files.at(-1);
    assert.ok(staticImports(element).size > 0, `${tag}'s chunk shares code`);
    assert.deepEqual(new Set(files.slice(0, -1)), staticImports(element), `<${tag}>: its chunk's imports, fetched beside it`);
  }
});
