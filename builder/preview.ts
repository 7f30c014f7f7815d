import {resolvePointer} from '../src/core/json-pointer.js';
import {directionOf} from '../src/core/language.js';
import type {LoadedBundle} from './load-bundle.js';

/** What the preview shows: the chosen element, in the snippet's language, with its attributes. */
export interface PreviewSpec {
  loaded: LoadedBundle;
  element: string;
  pointer: string;
  lang: string;
  attributes: Record<string, string | true>;
}

/** A fragment from a JSON Pointer, each token percent-encoded as the elements decode it. */
const fragment = (pointer: string) => `#${pointer.split('/').map(encodeURIComponent).join('/')}`;

/**
 * The real element, made with DOM calls (no HTML string is parsed). Content
 * loaded by URL is shown from that URL, so its relative image paths resolve
 * as they will on the partner page, and the element shares the builder's
 * request; content from a file is given as `data`, as inline JSON would be.
 */
export function previewElement(spec: PreviewSpec): HTMLElement {
  const element = document.createElement(spec.element) as HTMLElement & {data?: unknown};
  element.setAttribute('lang', spec.lang);
  if (directionOf(spec.lang) === 'rtl') element.setAttribute('dir', 'rtl');
  for (const [name, value] of Object.entries(spec.attributes)) element.setAttribute(name, value === true ? '' : value);
  if (spec.loaded.url) element.setAttribute('src', spec.loaded.url + fragment(spec.pointer));
  else element.data = resolvePointer(spec.loaded.bundle, spec.pointer);
  return element;
}

/** A key that changes exactly when the preview must be made again. */
export const previewKey = (spec: PreviewSpec) =>
  JSON.stringify([spec.element, spec.pointer, spec.lang, spec.attributes]);
