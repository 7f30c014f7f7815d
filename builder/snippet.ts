import {attributesOf, elementFor} from '../src/core/collections.js';
import {EmbedError, embedSnippet, selectEmbed, type EmbedForm} from '../src/html/index.js';

/** Every choice the builder offers: exactly the options of `thamm-widgets embed`. */
export interface Choices {
  pointer: string;
  form: EmbedForm;
  /** `--src`: where the bundle is published; empty for inline JSON (element form). */
  src: string;
  lang: string;
  /** The element's attributes as the form fields hold them: '' (or false) is "not set". */
  attributes: Record<string, string | boolean>;
}

export type SnippetResult =
  | {ok: true; html: string; notes: string[]; element: string; attributes: Record<string, string | true>}
  | {ok: false; message: string; needsSrc?: boolean};

/** The attributes the chosen element takes that are set, as the command passes them. */
export function elementAttributes(pointer: string, attributes: Choices['attributes']): Record<string, string | true> {
  const tag = elementFor(pointer);
  const set: Record<string, string | true> = {};
  if (!tag) return set;
  for (const name of attributesOf(tag)) {
    const value = attributes[name];
    if (value === true || (typeof value === 'string' && value.trim())) set[name] = value === true ? true : value.trim();
  }
  return set;
}

/**
 * The snippet for the choices, made by the same calls as the command
 * (`selectEmbed`, then `embedSnippet` with the bundle's `lang`), so the two
 * print the same HTML for the same choices.
 */
export function makeSnippet(bundle: unknown, name: string, choices: Choices): SnippetResult {
  const src = choices.src.trim() || undefined;
  if (choices.form === 'blockquote' && !src) return {ok: false, message: '', needsSrc: true};
  const notes: string[] = [];
  try {
    const embed = selectEmbed(bundle, `#${choices.pointer}`, name);
    const attributes = elementAttributes(choices.pointer, choices.attributes);
    const html = embedSnippet(embed.content, {
      ...embed,
      form: choices.form,
      src,
      lang: choices.lang,
      attributes,
      warn: (message) => notes.push(message),
    });
    return {ok: true, html, notes, element: embed.element, attributes};
  } catch (error) {
    if (error instanceof EmbedError) return {ok: false, message: error.message};
    throw error;
  }
}

/**
 * The origin a blockquote's cite names, when the partner page must allow it
 * with `<meta name="thamm-widgets-origins">`: an absolute cite. A relative one
 * is on the partner's own origin, which is always allowed.
 */
export function originToAllow(form: EmbedForm, src: string): string | undefined {
  if (form !== 'blockquote') return undefined;
  try {
    const url = new URL(src.trim());
    return /^https?:$/.test(url.protocol) ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

/** The meta that allows `origin`, as the blockquote upgrade reads it. */
export const originsMeta = (origin: string) => `<meta name="thamm-widgets-origins" content="${origin}">`;

/** The script tag of README.md's "Use it": the one-file bundle with its SRI. */
export const scriptTag = (sri: string) =>
  `<script type="module" src="/assets/thamm-widgets.js"\n        integrity="${sri}" crossorigin="anonymous"></script>`;
