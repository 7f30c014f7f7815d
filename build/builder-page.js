// Vite plugin for the embed builder's build (`vite build --mode builder`):
// the page becomes dist/builder/index.html under its own strict CSP, with a
// copy of the seed content beside it, so the built folder works on its own.
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';

export {bundleSri} from './bundle-sri.js';

/**
 * The page's own policy: the elements' strict CSP with Trusted Types (only
 * the renamed Lit policy), plus content and images from any https host, since
 * an officer may load the programme's published bundle from elsewhere.
 */
export const BUILDER_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' https: data:",
  "connect-src 'self' https:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types thamm-widgets',
].join('; ');

/** Every file under `dir`, as paths relative to the repository. */
function filesUnder(dir) {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** @returns {import('vite').Plugin} */
export function builderPage() {
  return {
    name: 'thamm-builder-page',
    apply: 'build',
    enforce: 'post',
    transformIndexHtml: () => [
      {tag: 'meta', attrs: {'http-equiv': 'Content-Security-Policy', content: BUILDER_CSP}, injectTo: 'head-prepend'},
    ],
    generateBundle(_options, bundle) {
      // Served as the folder's index: the programme hosts it at …/builder/.
      const page = bundle['builder.html'];
      delete bundle['builder.html'];
      this.emitFile({type: 'asset', fileName: 'index.html', source: page.source});
      // The default bundle (content/thamm-seed.json) with its images and logos.
      for (const file of filesUnder('content')) {
        this.emitFile({type: 'asset', fileName: file.split('\\').join('/'), source: readFileSync(file)});
      }
    },
  };
}
