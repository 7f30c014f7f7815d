import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {DocumentError, fetchDocument} from './fetch-document.js';
import {resolvePointer} from './json-pointer.js';
import {safeUrl} from './url-policy.js';

export type LoadResult =
  /** `base`: the URL of the document it came from, which its relative URLs resolve against; the page's when absent. */
  | {kind: 'content'; content: unknown; lang?: string; base?: string}
  /** The message names the field (`src: …`) or the failure. */
  | {kind: 'failure'; message: string}
  /** No content source yet: the element keeps waiting. */
  | {kind: 'none'};

export interface ContentHost extends ReactiveControllerHost, HTMLElement {
  data?: unknown;
  src?: string;
}

const INLINE_JSON = ':scope > script[type="application/json"]';

/**
 * Finds the element's content in the order of the contract — the `data`
 * property, an inline JSON script child, the `src` URL — and reports it.
 * Watches the light DOM, since a CMS page may still be streaming the inline
 * script when the element upgrades. Only the newest source's result is ever
 * reported; removing the element aborts its fetch silently.
 */
export class ContentLoader implements ReactiveController {
  private source: unknown = undefined;
  private request?: AbortController;
  private waitingForDocument = false;
  /** Watches the light DOM for inline JSON; only while `data` is not set, since data wins. */
  private observer?: MutationObserver;

  constructor(
    private readonly host: ContentHost,
    private readonly report: (result: LoadResult) => void,
  ) {
    host.addController(this);
  }

  hostConnected() {
    this.sync();
  }

  hostDisconnected() {
    this.watchChildren(false);
    this.cancel();
    // Reconnecting starts again from whatever source is current then.
    this.source = undefined;
  }

  /** Looks for the current source and loads it if it changed. */
  sync() {
    const {data, src} = this.host;
    // A feed of cards set from JS needs no observer each: that is memory on slow phones.
    this.watchChildren(data === undefined && this.host.isConnected);
    if (data !== undefined) {
      this.load(data, () => this.report({kind: 'content', content: data}));
      return;
    }
    const script = this.host.querySelector(INLINE_JSON);
    if (script) {
      const json = script.textContent ?? '';
      this.load(`script:${json}`, () => this.parseInline(json));
      return;
    }
    if (src) {
      this.load(`src:${src}`, () => this.fetch(src));
      return;
    }
    this.load(undefined, () => this.report({kind: 'none'}));
  }

  private watchChildren(watch: boolean) {
    if (!watch) {
      this.observer?.disconnect();
      this.observer = undefined;
    } else if (!this.observer) {
      this.observer = new MutationObserver(() => this.sync());
      this.observer.observe(this.host, {childList: true, subtree: true, characterData: true});
    }
  }

  private load(source: unknown, start: () => void) {
    if (source === this.source && source !== undefined) return;
    this.cancel();
    this.source = source;
    start();
  }

  private cancel() {
    this.request?.abort();
    this.request = undefined;
  }

  private parseInline(json: string) {
    try {
      this.report({kind: 'content', content: JSON.parse(json) as unknown});
    } catch (error) {
      if (document.readyState === 'loading') {
        // The parser may be inside the script still: judge it once the document is complete.
        this.report({kind: 'none'});
        if (!this.waitingForDocument) {
          this.waitingForDocument = true;
          document.addEventListener('DOMContentLoaded', () => {
            this.waitingForDocument = false;
            this.source = undefined;
            this.sync();
          }, {once: true});
        }
        return;
      }
      const reason = (error as Error).message;
      this.report({kind: 'failure', message: `inline JSON is not valid (${reason})`});
    }
  }

  private fetch(src: string) {
    const href = safeUrl(src, 'link');
    if (!href) {
      this.report({kind: 'failure', message: `src: "${src}" is not an http(s) URL`});
      return;
    }
    const url = new URL(href);
    let pointer: string;
    try {
      pointer = decodeURIComponent(url.hash.slice(1));
    } catch {
      this.report({kind: 'failure', message: `src: "${url.hash}" is not a valid JSON Pointer`});
      return;
    }
    url.hash = '';
    const request = (this.request = new AbortController());
    fetchDocument(url.href, request.signal).then(
      ({json: document, url: base}) => {
        if (request.signal.aborted) return;
        const content = resolvePointer(document, pointer);
        if (content === undefined) {
          this.report({kind: 'failure', message: `src: nothing at "#${pointer}" in ${url.href}`});
          return;
        }
        const lang = (document as {lang?: unknown} | null)?.lang;
        this.report({kind: 'content', content, lang: typeof lang === 'string' ? lang : undefined, base});
      },
      (error: unknown) => {
        if (request.signal.aborted) return;
        const message = error instanceof DocumentError ? error.message : String(error);
        this.report({kind: 'failure', message});
      },
    );
  }
}
