/**
 * Fetches JSON documents for `src`, once per URL for the whole page: elements
 * that point at the same document share one request and its parsed result.
 * Each caller passes its own AbortSignal; the request itself is aborted only
 * when every caller waiting for it has gone.
 */

/** Limits of one document; tests may lower them. */
export const fetchLimits = {
  timeoutMs: 15_000,
  maxBytes: 2 * 1024 * 1024,
};

/** A failure of the document itself, with a message a page author can act on. */
export class DocumentError extends Error {}

/** A parsed document, and where it came from in the end (after redirects): its relative URLs resolve against that. */
export interface FetchedDocument {
  json: unknown;
  url: string;
}

interface Entry {
  promise: Promise<FetchedDocument>;
  controller: AbortController;
  waiters: number;
  settled: boolean;
}

const documents = new Map<string, Entry>();

export function fetchDocument(url: string, signal: AbortSignal): Promise<FetchedDocument> {
  let entry = documents.get(url);
  if (!entry) {
    entry = startFetch(url);
    documents.set(url, entry);
  }
  const shared = entry;
  shared.waiters++;
  return new Promise((resolve, reject) => {
    // Each waiter leaves once: by its abort, or when the document settles.
    let waiting = true;
    const leave = () => {
      if (!waiting) return false;
      waiting = false;
      shared.waiters--;
      signal.removeEventListener('abort', abort);
      return true;
    };
    const abort = () => {
      if (!leave()) return;
      if (shared.waiters === 0 && !shared.settled) {
        shared.controller.abort();
        documents.delete(url);
      }
      reject(signal.reason);
    };
    if (signal.aborted) return abort();
    signal.addEventListener('abort', abort, {once: true});
    shared.promise.then(
      (value) => leave() && resolve(value),
      (error: unknown) => leave() && reject(error),
    );
  });
}

function startFetch(url: string): Entry {
  const controller = new AbortController();
  const entry = {controller, waiters: 0, settled: false} as Entry;
  entry.promise = load(url, controller.signal).then(
    (value) => {
      entry.settled = true;
      return value;
    },
    (error: unknown) => {
      entry.settled = true;
      // A failed document is not cached: the next element asks again.
      if (documents.get(url) === entry) documents.delete(url);
      throw error;
    },
  );
  // Nobody may be listening any more once it rejects; that is not an error.
  entry.promise.catch(() => {});
  return entry;
}

async function load(url: string, signal: AbortSignal): Promise<FetchedDocument> {
  // The caller's abort or the time limit, whichever comes first. Not
  // AbortSignal.any and .timeout: they would raise the browser floor to
  // Chrome 116, Firefox 124 and Safari 17.4.
  const both = new AbortController();
  const abort = () => both.abort();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    abort();
  }, fetchLimits.timeoutMs);
  signal.addEventListener('abort', abort);
  try {
    const response = await fetch(url, {
      signal: both.signal,
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      headers: {accept: 'application/json'},
    });
    if (!response.ok) {
      const status = [response.status, response.statusText].filter(Boolean).join(' ');
      throw new DocumentError(`HTTP ${status} for ${url}`);
    }
    if (/html/i.test(response.headers.get('content-type') ?? '')) {
      throw htmlError(url);
    }
    const text = await readText(response, url);
    if (/^\s*</.test(text)) throw htmlError(url);
    try {
      return {json: JSON.parse(text) as unknown, url: response.url || url};
    } catch (error) {
      throw new DocumentError(`${url} is not valid JSON (${(error as Error).message})`);
    }
  } catch (error) {
    if (error instanceof DocumentError || signal.aborted) throw error;
    if (timedOut) {
      throw new DocumentError(`${url} did not answer within ${fetchLimits.timeoutMs / 1000} s`);
    }
    throw new DocumentError(`network error: ${url} could not be fetched`);
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', abort);
  }
}

function htmlError(url: string) {
  return new DocumentError(`${url} sent an HTML page, not JSON (a wrong URL or a network login page?)`);
}

/** Reads the body as UTF-8, refusing it as soon as it passes the byte cap. */
async function readText(response: Response, url: string): Promise<string> {
  const max = fetchLimits.maxBytes;
  const tooLarge = () => new DocumentError(`${url} is larger than ${Math.round(max / 1024)} KiB`);
  if (Number(response.headers.get('content-length')) > max) throw tooLarge();
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let received = 0;
  for (;;) {
    const {done, value} = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > max) {
      void reader.cancel();
      throw tooLarge();
    }
    text += decoder.decode(value, {stream: true});
  }
  return text + decoder.decode();
}
