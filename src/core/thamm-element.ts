import {html, LitElement, type CSSResultGroup, type PropertyDeclarations, type PropertyValues, type TemplateResult} from 'lit';
import {ContentLoader, type LoadResult} from './content-loader.js';
import {LanguageController, type LocalizedText} from './language.js';
import type {UrlContext} from './keep-url.js';
import {translator, uiLocaleOf, type Translate} from './localize.js';
import type {Schema} from './schema.js';
import {validate} from './validate.js';
import {VERSION} from './version.js';
import {baseStyles} from './base.styles.js';

export type ContentState = 'loading' | 'ready' | 'error';

/**
 * What every thamm element shares: getting content in (`data`, inline JSON,
 * `src`), validating it, the `state` attribute and the `thamm-load` /
 * `thamm-error` events, language and direction, UI strings, the URL policy
 * and fallback content. An element adds its schema and its templates.
 *
 * @attr lang - The element's language; else its closest ancestor's, else `<html lang>`, else `fr`. Followed live.
 * @attr dir - `ltr` or `rtl`; by default the language's direction (`rtl` for Arabic).
 */
export abstract class ThammElement<T> extends LitElement {
  static readonly version: string = VERSION;
  static override styles: CSSResultGroup = baseStyles;
  // Declared here, not with decorators: the decorator runtime is bytes the bundle can do without.
  static override properties: PropertyDeclarations = {
    data: {attribute: false},
    src: {},
    content: {state: true},
    contentState: {state: true},
    failure: {state: true},
  };

  /** The content object. Set it from JS; it wins over inline JSON and `src`. */
  data?: unknown;

  /** URL of a JSON document; a `#/json/pointer` fragment selects a part of it. */
  src?: string;

  /** The validated content, once loaded. */
  protected content?: T;

  /** Set by the element: `loading`, `ready` or `error`. Reflected as the `state` attribute. */
  get state(): ContentState {
    return this.contentState;
  }

  private contentState: ContentState = 'loading';
  /** The last failure; a new object for each, so each one is announced. */
  private failure?: {message: string};
  /** The URL of the document the content came from; undefined for `data` and inline JSON. */
  private contentBase?: string;

  protected readonly language = new LanguageController(this);
  private readonly loader = new ContentLoader(this, (result) => this.accept(result));

  /** The element's schema for its content object. */
  protected abstract readonly schema: Schema<T>;

  /** The rendered content: anything Lit renders. */
  protected abstract renderContent(content: T): unknown;

  /** Shown while loading, close to the final size so nothing jumps. */
  protected abstract renderPlaceholder(): TemplateResult;

  /**
   * Drops what the URL policy refuses (core/keep-url.ts), warning once per
   * field. Runs once per content, on the validated copy, which it may change in
   * place: that copy has no prototype, so an absent field never reads a
   * polluted Object.prototype.
   */
  protected sanitize(content: T): T {
    return content;
  }

  static override get observedAttributes() {
    return [...super.observedAttributes, 'lang', 'dir'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null) {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' || name === 'dir') this.language.refresh();
  }

  override connectedCallback() {
    super.connectedCallback();
    if (!this.hasAttribute('state')) this.setAttribute('state', this.contentState);
  }

  protected override willUpdate(changed: PropertyValues) {
    if (changed.has('data') || changed.has('src')) this.loader.sync();
    if (changed.has('contentState') && this.getAttribute('state') !== this.contentState) this.setAttribute('state', this.contentState);
  }

  protected override updated(changed: PropertyValues) {
    // Events go out once the new state is on screen, so listeners can read it.
    const init = {bubbles: true, composed: true};
    if (this.contentState === 'ready' && changed.has('content')) {
      this.dispatchEvent(new CustomEvent('thamm-load', {...init, detail: this.content}));
    } else if (this.contentState === 'error' && changed.has('failure')) {
      this.dispatchEvent(new CustomEvent('thamm-error', {...init, detail: this.failure}));
    }
  }

  /** A translator for this element's own UI language. */
  protected get msg(): Translate {
    return translator(uiLocaleOf(this.language.lang));
  }

  /**
   * Lit renders into the shadow root itself (its style fallback and hydration
   * expect that); the language and direction go on each top-level node it
   * rendered, since the host's own `lang` and `dir` belong to the page.
   */
  protected override update(changed: PropertyValues) {
    super.update(changed);
    const {lang, dir} = this.language;
    for (let node = this.renderRoot.firstElementChild as HTMLElement | null; node; node = node.nextElementSibling as HTMLElement | null) {
      if (node.lang !== lang) node.lang = lang;
      if (node.dir !== dir) node.dir = dir;
    }
  }

  override render() {
    return this.contentState === 'ready' && this.content !== undefined
      ? this.renderContent(this.content)
      : this.contentState === 'error'
        ? this.renderError()
        : this.renderLoading();
  }

  /**
   * Content text in this element's language. Where it fell back to another
   * language it comes in a span with that `lang` and `dir`, so screen readers
   * pronounce it right and bidi stays correct. Plain text otherwise, which Lit
   * updates in place.
   */
  protected text(text: LocalizedText): string | TemplateResult {
    const {value, lang, dir} = this.language.text(text);
    return lang ? html`<span lang=${lang} dir=${dir ?? 'auto'}>${value}</span>` : value;
  }

  /** For the URL policy in `sanitize`: relative URLs resolve against the content's document, warnings name this element. */
  protected urlContext(): UrlContext {
    return {base: this.contentBase, warn: (message) => this.warn(message)};
  }

  /** Content text as a plain string, for attributes (`alt`, `aria-label`). */
  protected plainText(text: LocalizedText): string {
    return this.language.text(text).value;
  }

  private accept(result: LoadResult) {
    if (result.kind === 'none') {
      this.content = undefined;
      this.contentState = 'loading';
      return;
    }
    this.language.contentLang = result.kind === 'content' ? result.lang : undefined;
    this.contentBase = result.kind === 'content' ? result.base : undefined;
    const checked =
      result.kind === 'content' ? validate(this.schema, result.content) : {ok: false as const, message: result.message};
    if (checked.ok) {
      this.content = this.sanitize(checked.value);
      this.contentState = 'ready';
    } else {
      this.content = undefined;
      this.failure = {message: checked.message};
      this.contentState = 'error';
      this.warn(checked.message);
    }
  }

  private renderLoading() {
    return html`${this.renderPlaceholder()}<span class="visually-hidden">${this.msg('Chargement…', {id: 'state.loading', desc: 'Read by screen readers while a widget loads its content.'})}</span>`;
  }

  private renderError() {
    return this.hasFallback()
      ? html`<slot></slot>`
      : html`<p class="error" part="error">${this.msg('Ce contenu n’est pas disponible pour le moment.', {id: 'error.unavailable', desc: 'Shown in place of a widget whose content could not be loaded.'})}</p>`;
  }

  /** Light-DOM children other than the inline JSON and white space. */
  private hasFallback() {
    return [...this.childNodes].some((node) =>
      node.nodeType === Node.ELEMENT_NODE
        ? !(node as Element).matches('script')
        : node.nodeType === Node.TEXT_NODE && node.textContent?.trim(),
    );
  }

  /** One console warning, naming the element. */
  protected warn(message: string) {
    console.warn(`<${this.localName}> ${message}`);
  }
}
