import {contentBundleSchema, type ContentBundle} from '../src/content-bundle.schema.js';
import {DocumentError, fetchDocument} from '../src/core/fetch-document.js';
import {validate} from '../src/core/validate.js';
import type {Strings} from './strings.js';

/** A content bundle the builder has read, and where it came from. */
export interface LoadedBundle {
  bundle: ContentBundle;
  /** The URL it was requested from, without fragment (the preview's elements ask for the same); none for a file. */
  url?: string;
  /** Where it was found in the end, after redirects: what a snippet should cite. */
  finalUrl?: string;
  /** What the officer knows it by: its address or its file name. */
  name: string;
}

/** A bundle that cannot be used; the message is in the interface's language. */
export class BundleError extends Error {}

const COLLECTIONS = ['news', 'quotes', 'partners', 'contacts'] as const;

/** Checks a parsed document the way the elements will read it. */
function checked(json: unknown, strings: Strings): ContentBundle {
  const result = validate(contentBundleSchema, json);
  if (!result.ok) throw new BundleError(strings.invalidBundle(result.message));
  if (!COLLECTIONS.some((name) => result.value[name] !== undefined)) throw new BundleError(strings.notBundle);
  // The raw document, not the validated copy: the snippet is made from what is published.
  return json as ContentBundle;
}

/**
 * Loads a bundle by URL with the elements' own fetch (no cookies, no
 * referrer, time and size limits, a message for each failure), so the
 * preview's elements share the request.
 */
export async function loadFromUrl(address: string, strings: Strings, signal: AbortSignal): Promise<LoadedBundle> {
  if (!URL.canParse(address, document.baseURI)) throw new BundleError(strings.badAddress(address));
  const url = new URL(address, document.baseURI);
  url.hash = '';
  try {
    const fetched = await fetchDocument(url.href, signal);
    const finalUrl = new URL(fetched.url);
    finalUrl.hash = '';
    return {bundle: checked(fetched.json, strings), url: url.href, finalUrl: finalUrl.href, name: url.href};
  } catch (error) {
    if (error instanceof DocumentError) throw new BundleError(`${error.message}.`);
    throw error;
  }
}

/** Reads a bundle from a file the officer chose or dropped: nothing is sent anywhere. */
export async function loadFromFile(file: File, strings: Strings): Promise<LoadedBundle> {
  let json: unknown;
  try {
    json = JSON.parse(await file.text());
  } catch (error) {
    throw new BundleError(strings.notJson((error as Error).message));
  }
  return {bundle: checked(json, strings), name: file.name};
}
