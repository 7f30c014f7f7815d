import {COLLECTION_POINTERS, elementFor, type EmbedTag} from '../core/collections.js';
import {resolvePointer} from '../core/json-pointer.js';
import {languageTag} from '../core/schema-parts.js';
import {validate} from '../core/validate.js';
import {EmbedError} from './embed-error.js';

/** One part of a content bundle, and the element that shows it. */
export interface Embed {
  element: EmbedTag;
  /** What the pointer selects, not yet validated: {@link embedSnippet} does that. */
  content: unknown;
  pointer: string;
  /** The bundle's `lang`: the language of its plain strings. */
  contentLang?: string;
}

/**
 * Selects what `fragment` points at in a content bundle, the way the elements
 * read `src="bundle.json#/news/0"`: the fragment is a JSON Pointer, percent-
 * encoded as in a URL, into one of the bundle's collections. `name` is the
 * document's name in messages.
 */
export function selectEmbed(bundle: unknown, fragment: string, name = 'the document'): Embed {
  let pointer: string;
  try {
    pointer = decodeURIComponent(fragment.replace(/^#/, ''));
  } catch {
    throw new EmbedError(`"#${fragment.replace(/^#/, '')}" is not a valid JSON Pointer`);
  }
  const element = elementFor(pointer);
  if (!element) throw new EmbedError(`"#${pointer}" is not a part of a content bundle that an element shows: use ${COLLECTION_POINTERS}`);
  const content = resolvePointer(bundle, pointer);
  if (content === undefined) throw new EmbedError(`nothing at "#${pointer}" in ${name}`);
  const lang = (bundle as {lang?: unknown}).lang;
  if (lang !== undefined && !validate(languageTag, lang).ok) throw new EmbedError(`lang: must be a BCP 47 language tag (in ${name})`);
  return {element, content, pointer, contentLang: lang as string | undefined};
}
