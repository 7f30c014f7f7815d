/**
 * The Code panel of every story: the HTML a partner web team pastes, in both
 * forms, made by thamm-widgets/html from the story's content — the element
 * form after the script tag (with the bundle's SRI integrity), then the
 * blockquote form — in the toolbar's language, so it always matches the canvas.
 */
import {attributesOf, type EmbedTag} from '../src/core/collections.js';
import {escapeAttribute, inlineJson} from '../src/html/escape.js';
import {EmbedError, embedSnippet, selectEmbed, type AttributeValue} from '../src/html/index.js';

/** Where a site serves the one-file bundle; the README explains how to host it. */
export const BUNDLE_URL = '/assets/thamm-widgets.js';

/** Where the blockquote form says the content is published: each site puts its own URL there. */
export const PUBLISHED_AT = 'https://www.example.org/';

/** Where each element's content sits in a content bundle, for stories whose content is inline. */
const POINTERS: Record<EmbedTag, string> = {
  'thamm-news-card': '/news/0',
  'thamm-quote': '/quotes/0',
  'thamm-partner-strip': '/partners',
  'thamm-contact-badge': '/contacts/0',
  'thamm-news-list': '/news',
};

export interface SnippetOptions {
  /** The toolbar's language. */
  lang: string;
  /** The SRI hash of dist/thamm-widgets.js. */
  integrity?: string;
  /** The JSON documents that stories load through `src`, by the URL they use. */
  documents?: Readonly<Record<string, unknown>>;
}

/** An HTML comment that no text can end early. */
const comment = (text: string) => `<!-- ${text.replace(/--/g, '—')} -->`;

/** The script tag, with the bundle's integrity when known. */
const scriptTag = (integrity?: string) =>
  `<script type="module" src="${BUNDLE_URL}"${integrity ? ` integrity="${escapeAttribute(integrity)}" crossorigin="anonymous"` : ''}></script>`;

/**
 * An element that thamm-widgets/html does not make yet (a new one): its tag
 * with the story's plain args as attributes and its data as inline JSON, no fallback.
 */
function elementOnly(tag: string, args: Record<string, unknown>, lang: string, integrity?: string) {
  const attributes = Object.entries({lang, ...args} as Record<string, unknown>)
    // Storybook adds event handlers (onThammLoad…) to the args: they are not markup.
    .filter(([name, value]) => name !== 'fallback' && ['string', 'number', 'boolean'].includes(typeof value) && value !== false && value !== '')
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeAttribute(String(value))}"`))
    .join('');
  const json = args.data === undefined ? [] : ['  <script type="application/json">', ...inlineJson(args.data).split('\n').map((line) => `    ${line}`), '  </script>'];
  return [scriptTag(integrity), '', `<${tag}${attributes}>`, ...json, `</${tag}>`].join('\n');
}

export function storySnippet(tag: string, args: Record<string, unknown>, {lang, integrity, documents = {}}: SnippetOptions): string {
  if (!Object.hasOwn(POINTERS, tag)) return elementOnly(tag, args, lang, integrity);
  const element = tag as EmbedTag;
  const attributes = Object.fromEntries(attributesOf(element).filter((name) => name in args).map((name) => [name, args[name] as AttributeValue]));
  try {
    let content = args.data;
    let pointer = POINTERS[element];
    let file = 'content/thamm.json';
    let src: string | undefined;
    if (content === undefined && typeof args.src === 'string') {
      // A story that loads a document: the element form keeps its src, and the fallback comes from the document.
      const [path, fragment = ''] = args.src.split('#');
      ({content, pointer} = selectEmbed(documents[path], fragment, path));
      file = src = path;
    }
    if (content === undefined) return comment('This story has no content yet: nothing to embed.');
    const published = new URL(file, PUBLISHED_AT).href;
    const elementForm = embedSnippet(content, {element, src, pointer, lang, attributes});
    const blockquoteForm = embedSnippet(content, {element, form: 'blockquote', src: published, pointer, lang, attributes});
    return [
      comment('Element form: for templates, static sites and plain HTML. Load the script once per page.'),
      scriptTag(integrity),
      '',
      elementForm,
      '',
      comment(`Blockquote form: for WordPress posts and Drupal text formats. cite: where ${file} is published.`),
      blockquoteForm,
    ].join('\n');
  } catch (error) {
    if (error instanceof EmbedError) return comment(`No snippet: ${error.message}.`);
    throw error;
  }
}
