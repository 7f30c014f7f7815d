// The pages of the cold-load measure (issue 21): one news card, from inline
// JSON or from a src document, for each way a site loads thamm-widgets and for
// the baselines. Each page is loaded in a new browser context (empty cache).
// "Laid out": the card's content is in the DOM and a forced layout of the card
// has run (getBoundingClientRect), timed from navigation start. For
// thamm-widgets that happens in the `thamm-load` listener (the event goes out
// once the content is rendered); for the others, right after their own fill and
// render (bench/cold/content.js).
import {readFileSync} from 'node:fs';
import {build} from 'esbuild';

const seed = JSON.parse(readFileSync('content/thamm-seed.json', 'utf8'));
const SRC = '/content/thamm-seed.json#/news/0';
// Inline, the image's URL is the page's: written from the root.
const INLINE = JSON.stringify({...seed.news[0], image: {...seed.news[0].image, src: `/content/${seed.news[0].image.src}`}}).replaceAll('<', '\\u003c');

/** Each page: the script it loads, and how its card gets the content. */
export const COLD_VARIANTS = {
  template: {label: 'hand-written template, light DOM', script: '/bench/cold/template.js', host: 'div'},
  lit: {label: 'minimal Lit card', script: '/bench/cold/lit.js', host: 'div'},
  shoelace: {label: 'Shoelace <sl-card>', script: '/bench/cold/shoelace.js', host: 'div', head: '<link rel="stylesheet" href="/node_modules/@shoelace-style/shoelace/dist/themes/light.css">'},
  bundle: {label: 'dist/thamm-widgets.js (one-file bundle)', script: '/dist/thamm-widgets.js', host: 'thamm'},
  autoloader: {label: 'dist/autoloader.js (autoloader)', script: '/dist/autoloader.js', host: 'thamm'},
  module: {label: 'thamm-widgets/news-card.js (per-element module, bundled by the site)', script: '/bench/cold/news-card.js', host: 'thamm'},
};
export const COLD_SOURCES = ['inline', 'src'];

// For thamm-widgets: laid out when the card says it rendered its content.
const THAMM_PROBE = `<script>document.addEventListener('thamm-load', (event) => {
  event.target.getBoundingClientRect();
  window.result = {laidOut: performance.now()};
  console.info('laid out');
}, {once: true});</script>`;

export function coldPage(variant, source) {
  const {script, host, head = ''} = COLD_VARIANTS[variant];
  const json = `<script type="application/json">${INLINE}</script>`;
  const card =
    host === 'thamm'
      ? `${THAMM_PROBE}<thamm-news-card${source === 'src' ? ` src="${SRC}"` : ''}>${source === 'inline' ? json : ''}</thamm-news-card>`
      : `<div id="card"${source === 'src' ? ` data-src="${SRC}"` : ''}>${source === 'inline' ? json : ''}</div>`;
  return `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Cold load: ${variant}, ${source}</title>
<script type="module" src="${script}"></script>${head}
</head><body style="margin: 0; font-family: sans-serif">
<h1>Actualités</h1>
<main style="width: 600px">${card}</main>
</body></html>`;
}

/** The pages' own scripts, bundled and minified as a site would ship them: path → code. */
export async function coldScripts() {
  const entries = {
    '/bench/cold/template.js': 'bench/cold/baseline.js',
    '/bench/cold/lit.js': 'bench/cold/lit.js',
    '/bench/cold/shoelace.js': 'bench/cold/shoelace.js',
    // The per-element module as `npm run build` writes it, with Lit, as a site's bundler ships it.
    '/bench/cold/news-card.js': 'dist/news-card/define.js',
  };
  const built = await Promise.all(Object.entries(entries).map(async ([path, entry]) => {
    const result = await build({entryPoints: [entry], bundle: true, minify: true, format: 'esm', target: 'es2022', write: false});
    return [path, result.outputFiles[0].contents];
  }));
  return Object.fromEntries(built);
}
