/// <reference types="node" />
/**
 * thamm-widgets/eleventy: an Eleventy (3.x) plugin. It copies the one-file
 * bundle into the site, and gives Nunjucks, Liquid and JavaScript templates a
 * shortcode per element, whose snippet and fallback come from
 * thamm-widgets/html, and `thammScript`, the script tag with its SRI.
 *
 *     eleventyConfig.addPlugin(thammWidgets, {assets: '/assets/'});
 *     {% thammScript %}
 *     {% thammNewsCard bundle.news[0], lang="ar", headingLevel=2 %}
 */
import {createHash} from 'node:crypto';
import {readFileSync} from 'node:fs';
import {mkdir, writeFile} from 'node:fs/promises';
import {join} from 'node:path';
import type {EmbedTag} from '../core/collections.js';
import {escapeAttribute} from '../html/escape.js';
import {EmbedError, embedSnippet} from '../html/index.js';
import {embedOptions, optionsFrom, type ShortcodeOptions} from './shortcode-options.js';

export type {ShortcodeOptions} from './shortcode-options.js';

export interface ThammWidgetsOptions {
  /** The URL path the bundle is published at, which is also its folder in the output: `/assets/` (the default). */
  assets?: string;
}

/** The part of Eleventy's configuration API the plugin uses. */
export interface EleventyConfig {
  addShortcode(name: string, shortcode: (this: ShortcodeContext, ...args: unknown[]) => string): unknown;
  on(event: 'eleventy.before', listener: (event: {directories: {output: string}; outputMode?: string}) => unknown): unknown;
}

/** What Eleventy binds `this` to in a shortcode: the page being rendered (`lang` from the i18n plugin). */
interface ShortcodeContext {
  page?: {lang?: string};
}

const BUNDLE = 'thamm-widgets.js';

/** The shortcode for each element. */
const SHORTCODES: Readonly<Record<string, EmbedTag>> = {
  thammNewsCard: 'thamm-news-card',
  thammQuote: 'thamm-quote',
  thammPartnerStrip: 'thamm-partner-strip',
  thammContactBadge: 'thamm-contact-badge',
  thammNewsList: 'thamm-news-list',
};

/** `/assets/` → `assets`; refuses a path that leaves the output folder. */
function assetsFolder(assets: string) {
  const segments = assets.split('/').filter(Boolean);
  if (segments.some((segment) => segment === '..' || segment === '.' || segment.includes('\\'))) {
    throw new EmbedError(`assets: "${assets}" must be a path inside the site, such as /assets/`);
  }
  return segments.join('/');
}

export default function thammWidgets(eleventyConfig: EleventyConfig, options: ThammWidgetsOptions = {}) {
  const folder = assetsFolder(options.assets ?? '/assets/');
  const url = `/${folder ? `${folder}/` : ''}${BUNDLE}`;
  // The bytes hashed are the bytes written: the SRI always matches the copy.
  const bundle = readFileSync(new URL(`../${BUNDLE}`, import.meta.url));
  const integrity = `sha384-${createHash('sha384').update(bundle).digest('base64')}`;

  eleventyConfig.on('eleventy.before', async ({directories, outputMode}) => {
    if (outputMode && outputMode !== 'fs') return;
    const target = join(directories.output, folder);
    await mkdir(target, {recursive: true});
    await writeFile(join(target, BUNDLE), bundle);
  });

  eleventyConfig.addShortcode(
    'thammScript',
    () => `<script type="module" src="${escapeAttribute(url)}" integrity="${integrity}" crossorigin="anonymous"></script>`,
  );
  for (const [name, element] of Object.entries(SHORTCODES)) {
    eleventyConfig.addShortcode(name, function (this: ShortcodeContext, content: unknown, ...rest: unknown[]) {
      const shortcodeOptions: ShortcodeOptions = optionsFrom(rest);
      return embedSnippet(content, {...embedOptions(element, shortcodeOptions, this?.page?.lang), warn: console.warn});
    });
  }
}

export {thammWidgets};
