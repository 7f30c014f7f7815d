// Sizes of what partner sites download, gzip and brotli, with the SRI hash of
// the one-file bundle. Prints the table and fails above the ceiling.
//   --write  puts the table and the SRI into README.md (after a change that moves them);
//   --check  fails if README.md's copy is stale (npm test runs this, so CI does).
import {readFileSync, writeFileSync} from 'node:fs';
import {brotliCompressSync, constants, gzipSync} from 'node:zlib';
import {build} from 'esbuild';
import {sriOf} from './bundle-sri.js';

/** The ceiling of issue 19: the whole one-file bundle, in gzip bytes (kB = 1000 B, as Vite counts). */
const BUNDLE_CEILING = 19_000;
/** Where we aim beyond the ceiling. */
const BUNDLE_AIM = 16_000;
const ELEMENTS = ['news-card', 'quote', 'partner-strip', 'contact-badge', 'news-list'];

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
    // news-list.ts imports the card's class for the template checker only.
    logOverride: {'ignored-bare-import': 'silent'},
  });
  return Buffer.from(result.outputFiles[0].contents);
}

const bundle = readFileSync('dist/thamm-widgets.js');
const rows = [
  ['dist/thamm-widgets.js (all five elements, Lit, fr/en/ar)', sizes(bundle)],
  ['dist/autoloader.js (entry only)', sizes(readFileSync('dist/autoloader.js'))],
];
for (const element of ELEMENTS) rows.push([`${element}: its own code`, sizes(await ownCode(element))]);

const kB = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;
const bundleGzip = rows[0][1].gzip;
const table = [
  '| file | minified | gzip | brotli |',
  '|---|---|---|---|',
  ...rows.map(([name, s]) => `| ${name} | ${kB(s.raw)} | ${kB(s.gzip)} | ${kB(s.brotli)} |`),
  '',
  `Ceiling for the one-file bundle: ${kB(BUNDLE_CEILING)} gzip, enforced by \`npm run build\` — ` +
    (bundleGzip <= BUNDLE_CEILING ? `${kB(BUNDLE_CEILING - bundleGzip)} under` : `**over by ${kB(bundleGzip - BUNDLE_CEILING)}**`) +
    `; the aim is ${kB(BUNDLE_AIM)}.`,
].join('\n');
const sri = sriOf(bundle);

console.log(`\n${table}\n\nSRI of dist/thamm-widgets.js: ${sri}\n`);

const current = readFileSync('README.md', 'utf8');
const readme = current
  .replace(/(<!-- size-report -->)[\s\S]*?(<!-- \/size-report -->)/, `$1\n${table}\n$2`)
  .replace(/integrity="sha384-[^"]*"/g, `integrity="${sri}"`);

if (process.argv.includes('--write')) {
  writeFileSync('README.md', readme);
} else if (process.argv.includes('--check') && readme !== current) {
  console.error('README.md\'s size table or SRI is stale: run `npm run size:readme` and commit README.md.');
  process.exitCode = 1;
}
if (bundleGzip > BUNDLE_CEILING) {
  console.error(`dist/thamm-widgets.js is ${kB(bundleGzip)} gzip, over the ${kB(BUNDLE_CEILING)} ceiling.`);
  process.exitCode = 1;
}
