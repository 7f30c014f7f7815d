// Sizes of what partner sites download, gzip and brotli, with the SRI hash of
// the one-file bundle. Prints the table and keeps README.md's copy current.
import {createHash} from 'node:crypto';
import {readFileSync, writeFileSync} from 'node:fs';
import {brotliCompressSync, constants, gzipSync} from 'node:zlib';
import {build} from 'esbuild';

/** The budget of issue 5: the whole one-file bundle, in gzip bytes (kB = 1000 B, as Vite counts). */
const BUNDLE_BUDGET = 14_000;
const ELEMENTS = ['news-card', 'quote', 'partner-strip', 'contact-badge'];

const sizes = (bytes) => ({
  raw: bytes.length,
  gzip: gzipSync(bytes, {level: 9}).length,
  brotli: brotliCompressSync(bytes, {params: {[constants.BROTLI_PARAM_QUALITY]: 11}}).length,
});

/** One element's own code: its folder, minified, without Lit or the shared core. */
async function ownCode(element) {
  const external = {
    name: 'shared-code-external',
    setup(b) {
      b.onResolve({filter: /\/core\/|^lit|^@lit/}, (args) => ({path: args.path, external: true}));
    },
  };
  const result = await build({
    entryPoints: [`src/${element}/define.ts`],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    tsconfig: 'tsconfig.json',
    plugins: [external],
  });
  return Buffer.from(result.outputFiles[0].contents);
}

const bundle = readFileSync('dist/thamm-widgets.js');
const rows = [
  ['dist/thamm-widgets.js (all four elements, Lit, fr/en/ar)', sizes(bundle)],
  ['dist/autoloader.js (entry only)', sizes(readFileSync('dist/autoloader.js'))],
];
for (const element of ELEMENTS) rows.push([`${element}: its own code`, sizes(await ownCode(element))]);

const kB = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;
const within = rows[0][1].gzip <= BUNDLE_BUDGET;
const table = [
  '| file | minified | gzip | brotli |',
  '|---|---|---|---|',
  ...rows.map(([name, s]) => `| ${name} | ${kB(s.raw)} | ${kB(s.gzip)} | ${kB(s.brotli)} |`),
  '',
  `Budget for the one-file bundle: ${kB(BUNDLE_BUDGET)} gzip — ${within ? 'within' : `**over by ${kB(rows[0][1].gzip - BUNDLE_BUDGET)}**`}.`,
].join('\n');
const sri = `sha384-${createHash('sha384').update(bundle).digest('base64')}`;

console.log(`\n${table}\n\nSRI of dist/thamm-widgets.js: ${sri}\n`);

const readme = readFileSync('README.md', 'utf8')
  .replace(/(<!-- size-report -->)[\s\S]*?(<!-- \/size-report -->)/, `$1\n${table}\n$2`)
  .replace(/integrity="sha384-[^"]*"/g, `integrity="${sri}"`);
writeFileSync('README.md', readme);
