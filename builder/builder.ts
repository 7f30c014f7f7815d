import {html, nothing, render, type TemplateResult} from 'lit';
import {createRef, ref} from 'lit/directives/ref.js';
import {attributesOf, elementFor} from '../src/core/collections.js';
import {directionOf} from '../src/core/language.js';
import {VERSION} from '../src/core/version.js';
import type {EmbedForm} from '../src/html/index.js';
import {copyText} from './copy.js';
import {itemGroups, type ItemText} from './items.js';
import {BundleError, loadFromFile, loadFromUrl, type LoadedBundle} from './load-bundle.js';
import {previewElement, previewKey, type PreviewSpec} from './preview.js';
import {elementAttributes, makeSnippet, originToAllow, originsMeta, scriptTag, type SnippetResult} from './snippet.js';
import {LANGUAGE_NAMES, STRINGS, UI_LANGS, type Strings, type UiLang} from './strings.js';

export interface BuilderOptions {
  /** The interface language at first. */
  lang?: UiLang;
  /** The bundle offered at first (the programme's seed). */
  bundleUrl: string;
  /** The SRI of dist/thamm-widgets.js, as README.md prints it; null before a build. */
  sri: string | null;
  /** Where the interface language and direction are set: the page's `<html>`, or the builder's root. */
  languageHost?: HTMLElement;
  /** Told when the interface language changes (the page retitles itself). */
  onLanguage?: (lang: UiLang, strings: Strings) => void;
}

type CopyTarget = 'code' | 'meta' | 'script';

/** The heading level each element uses when none is set. */
const DEFAULT_HEADING: Record<string, number> = {'thamm-news-card': 3, 'thamm-partner-strip': 2, 'thamm-news-list': 2};

let instances = 0;

/**
 * A sentence with an address or a path in it: the address is isolated and
 * left to right, so an Arabic sentence does not reorder its slashes and dots.
 */
function isolating(sentence: string, ...values: string[]): unknown[] {
  const value = values.find((candidate) => candidate && sentence.includes(candidate));
  if (!value) return [sentence];
  const at = sentence.indexOf(value);
  return [sentence.slice(0, at), html`<bdi dir="ltr">${value}</bdi>`, ...isolating(sentence.slice(at + value.length), ...values)];
}

/**
 * The embed builder: load a content bundle, pick an item, set the options the
 * `thamm-widgets embed` command has, see the real element, copy the snippet.
 * Rendered with lit-html into the light DOM of `root` (the page's styles
 * apply); every content string is bound as text.
 */
export class EmbedBuilder {
  private readonly id = `builder-${++instances}`;
  private ui: UiLang;
  private address: string;
  private loading?: string;
  private loadError?: string;
  private loaded?: LoadedBundle;
  private pointer?: string;
  private form: EmbedForm = 'blockquote';
  private src = '';
  private lang: UiLang;
  private langChosen = false;
  private attributes: Record<string, string | boolean> = {};
  private width: 'phone' | 'desktop' = 'desktop';
  private dragging = false;
  private copyStatus: Partial<Record<CopyTarget, string>> = {};
  private preview: {state: 'loading' | 'ready' | 'error'; message?: string} = {state: 'loading'};
  private shownPreview?: {loaded: LoadedBundle; key: string};
  private loadController?: AbortController;
  private readonly previewHost = createRef<HTMLDivElement>();
  private readonly fields: Partial<Record<CopyTarget, HTMLTextAreaElement>> = {};

  constructor(
    private readonly root: HTMLElement,
    private readonly options: BuilderOptions,
  ) {
    this.ui = options.lang ?? 'fr';
    this.lang = this.ui;
    this.address = options.bundleUrl;
    const doc = root.ownerDocument;
    doc.addEventListener('dragover', this.handleDragOver);
    doc.addEventListener('dragleave', this.handleDragLeave);
    doc.addEventListener('drop', this.handleDrop);
    this.setUiLanguage(this.ui);
  }

  /** Loads the bundle at the address field's URL. */
  load(address = this.address) {
    this.address = address;
    const controller = this.startLoading(address);
    loadFromUrl(address, this.strings, controller.signal).then(
      (loaded) => this.finishLoading(controller, loaded),
      (error: unknown) => this.failLoading(controller, error),
    );
  }

  /** Reads a bundle from a local file. */
  loadFile(file: File) {
    const controller = this.startLoading(file.name);
    loadFromFile(file, this.strings).then(
      (loaded) => this.finishLoading(controller, loaded),
      (error: unknown) => this.failLoading(controller, error),
    );
  }

  /** Stops listening to the page (tests mount several builders). */
  disconnect() {
    const doc = this.root.ownerDocument;
    doc.removeEventListener('dragover', this.handleDragOver);
    doc.removeEventListener('dragleave', this.handleDragLeave);
    doc.removeEventListener('drop', this.handleDrop);
    this.loadController?.abort();
    render(nothing, this.root);
  }

  private get strings() {
    return STRINGS[this.ui];
  }

  private startLoading(source: string) {
    this.loadController?.abort();
    const controller = new AbortController();
    this.loadController = controller;
    this.loading = source;
    this.loadError = undefined;
    this.update();
    return controller;
  }

  private finishLoading(controller: AbortController, loaded: LoadedBundle) {
    if (controller !== this.loadController) return;
    this.loading = undefined;
    this.loaded = loaded;
    this.src = loaded.finalUrl ?? '';
    this.pointer = itemGroups(loaded.bundle, this.lang, this.strings)[0]?.items[0]?.pointer;
    this.attributes = {};
    this.update();
  }

  private failLoading(controller: AbortController, error: unknown) {
    if (controller !== this.loadController || controller.signal.aborted) return;
    this.loading = undefined;
    this.loaded = undefined;
    this.pointer = undefined;
    this.loadError = error instanceof BundleError ? error.message : String(error);
    this.update();
  }

  private setUiLanguage(lang: UiLang) {
    this.ui = lang;
    if (!this.langChosen) this.lang = lang;
    const host = this.options.languageHost ?? this.root;
    host.lang = lang;
    host.dir = directionOf(lang);
    this.options.onLanguage?.(lang, this.strings);
    this.copyStatus = {};
    this.update();
  }

  private update() {
    render(this.template(), this.root, {host: this});
    this.syncPreview();
  }

  // ---- events -------------------------------------------------------------

  private readonly handleLoadSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    const input = (event.currentTarget as HTMLFormElement).elements.namedItem('address') as HTMLInputElement;
    this.load(input.value.trim());
  };

  private readonly handleFile = (event: Event) => {
    const file = (event.currentTarget as HTMLInputElement).files?.[0];
    if (file) this.loadFile(file);
  };

  private readonly handleDragOver = (event: DragEvent) => {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    if (!this.dragging) {
      this.dragging = true;
      this.update();
    }
  };

  private readonly handleDragLeave = (event: DragEvent) => {
    // Leaving the window, not moving between children.
    if (event.relatedTarget || !this.dragging) return;
    this.dragging = false;
    this.update();
  };

  private readonly handleDrop = (event: DragEvent) => {
    const file = event.dataTransfer?.files[0];
    if (!file) return;
    event.preventDefault();
    this.dragging = false;
    this.loadFile(file);
  };

  private readonly handleUiLanguage = (event: Event) => {
    this.setUiLanguage((event.currentTarget as HTMLButtonElement).value as UiLang);
  };

  private readonly handleItem = (event: Event) => {
    this.pointer = (event.currentTarget as HTMLInputElement).value;
    this.update();
  };

  private readonly handleForm = (event: Event) => {
    this.form = (event.currentTarget as HTMLInputElement).value as EmbedForm;
    this.update();
  };

  private readonly handleSrc = (event: Event) => {
    this.src = (event.currentTarget as HTMLInputElement).value;
    this.update();
  };

  private readonly handleLang = (event: Event) => {
    this.lang = (event.currentTarget as HTMLSelectElement).value as UiLang;
    this.langChosen = true;
    this.update();
  };

  private readonly handleAttribute = (event: Event) => {
    const field = event.currentTarget as HTMLInputElement | HTMLSelectElement;
    this.attributes = {...this.attributes, [field.name]: field instanceof HTMLInputElement && field.type === 'checkbox' ? field.checked : field.value};
    this.update();
  };

  private readonly handleWidth = (event: Event) => {
    this.width = (event.currentTarget as HTMLInputElement).value as 'phone' | 'desktop';
    this.update();
  };

  private readonly handlePreviewEvent = (event: Event) => {
    this.preview =
      event.type === 'thamm-load' ? {state: 'ready'} : {state: 'error', message: (event as CustomEvent<{message: string}>).detail.message};
    this.update();
  };

  private copy(target: CopyTarget, text: string, done: string) {
    const field = this.fields[target];
    if (!field) return;
    // Emptied first, so the same confirmation twice is announced twice.
    this.copyStatus = {};
    this.update();
    void copyText(text, field).then((result) => {
      this.copyStatus = {[target]: result === 'copied' ? done : this.strings.copySelected};
      this.update();
    });
  }

  // ---- preview --------------------------------------------------------------

  /** The chosen item as the element shows it, even while the snippet cannot be made (no `src` yet). */
  private previewSpec(): PreviewSpec | undefined {
    const element = this.pointer && elementFor(this.pointer);
    if (!this.loaded || !this.pointer || !element) return undefined;
    return {loaded: this.loaded, element, pointer: this.pointer, lang: this.lang, attributes: elementAttributes(this.pointer, this.attributes)};
  }

  /** Makes the preview element again when what it shows changed; else leaves it rendered. */
  private syncPreview() {
    const host = this.previewHost.value;
    if (!host) return;
    const spec = this.previewSpec();
    const key = spec ? previewKey(spec) : '';
    if (this.shownPreview?.loaded === spec?.loaded && this.shownPreview?.key === key) return;
    this.shownPreview = spec ? {loaded: spec.loaded, key} : undefined;
    this.preview = {state: 'loading'};
    host.replaceChildren(...(spec ? [previewElement(spec)] : []));
    render(this.template(), this.root, {host: this});
  }

  // ---- templates ------------------------------------------------------------

  private snippet(): SnippetResult | undefined {
    if (!this.loaded || !this.pointer) return undefined;
    return makeSnippet(this.loaded.bundle, this.loaded.name, {
      pointer: this.pointer,
      form: this.form,
      src: this.src,
      lang: this.lang,
      attributes: this.attributes,
    });
  }

  private fieldId(name: string) {
    return `${this.id}-${name}`;
  }

  private template(): TemplateResult {
    const t = this.strings;
    const snippet = this.snippet();
    return html`
      <div class="page ${this.dragging ? 'is-dragging' : ''}">
        <header class="masthead">
          <div class="masthead-inner">
            <p class="brand"><span class="brand-mark" aria-hidden="true"></span>${t.brand}</p>
            <nav class="languages" aria-label=${t.uiLanguage}>
              <ul>
                ${UI_LANGS.map(
                  (lang) => html`<li>
                    <button type="button" value=${lang} lang=${lang} aria-pressed=${lang === this.ui ? 'true' : 'false'} @click=${this.handleUiLanguage}>
                      ${LANGUAGE_NAMES[lang]}
                    </button>
                  </li>`,
                )}
              </ul>
            </nav>
          </div>
        </header>
        <main class="main">
          <div class="intro">
            <h1>${t.title}</h1>
            <p class="lead">${t.lead}</p>
            <p class="privacy">${t.privacy}</p>
          </div>
          <div class="columns">
            <div class="column">
              ${this.contentStep(t)} ${this.itemStep(t)} ${this.optionsStep(t)}
            </div>
            <div class="column">
              ${this.previewStep(t)} ${this.codeStep(t, snippet)} ${this.scriptStep(t)}
            </div>
          </div>
        </main>
        <footer class="footer"><p>${t.footer}</p></footer>
        <div class="drop-overlay" aria-hidden="true"><p>${t.dropHere}</p></div>
      </div>
    `;
  }

  private step(number: number, title: string, body: TemplateResult, name: string) {
    return html`<section class="step" aria-labelledby=${this.fieldId(`${name}-title`)}>
      <h2 id=${this.fieldId(`${name}-title`)}><span class="step-number">${number}</span> ${title}</h2>
      ${body}
    </section>`;
  }

  private contentStep(t: Strings) {
    const id = (name: string) => this.fieldId(name);
    const count = this.loaded ? itemGroups(this.loaded.bundle, this.lang, t).reduce((sum, group) => sum + group.items.length, 0) : 0;
    const source = this.loading ?? this.loaded?.name ?? '';
    const status = isolating(this.loading ? t.loading(source) : this.loaded ? t.loaded(count, source) : '', source);
    return this.step(
      1,
      t.stepContent,
      html`
        <form class="load" @submit=${this.handleLoadSubmit}>
          <label for=${id('address')}>${t.urlLabel}</label>
          <p class="hint" id=${id('address-hint')}>${t.urlHint}</p>
          <div class="inline-field">
            <input id=${id('address')} name="address" type="url" dir="ltr" required autocomplete="url" spellcheck="false"
              aria-describedby=${id('address-hint')} .value=${this.address} />
            <button type="submit" class="button">${t.load}</button>
          </div>
        </form>
        <div class="file-zone">
          <label for=${id('file')}>${t.fileLabel}</label>
          <p class="hint" id=${id('file-hint')}>${t.fileHint}</p>
          <input id=${id('file')} type="file" accept=".json,application/json" aria-describedby=${id('file-hint')} @change=${this.handleFile} />
        </div>
        <p class="status" role="status">${status}</p>
        <div class="alert-slot" role="alert">
          ${this.loadError ? html`<p class="alert"><strong>${t.loadFailed}</strong> ${isolating(this.loadError, ...this.loadErrorSources())}</p>` : nothing}
        </div>
      `,
      'content',
    );
  }

  /** The addresses a load error may name, isolated in the message. */
  private loadErrorSources() {
    const absolute = URL.canParse(this.address, document.baseURI) ? new URL(this.address, document.baseURI).href : '';
    return [this.address, absolute].sort((a, b) => b.length - a.length);
  }

  private text(text: ItemText) {
    return text.lang ? html`<span lang=${text.lang} dir=${directionOf(text.lang)}>${text.value}</span>` : text.value;
  }

  private itemStep(t: Strings) {
    const groups = this.loaded ? itemGroups(this.loaded.bundle, this.lang, t) : [];
    return this.step(
      2,
      t.stepItem,
      groups.length
        ? html`<p class="hint">${t.itemHint}</p>
            ${groups.map(
              (group) => html`<fieldset class="items">
                <legend>${t.collections[group.collection]}</legend>
                ${group.items.map(
                  (item) => html`<div class="choice">
                    <input type="radio" id=${this.fieldId(`item${item.pointer.replace(/\//g, '-')}`)} name=${this.fieldId('item')}
                      value=${item.pointer} .checked=${item.pointer === this.pointer} @change=${this.handleItem} />
                    <label for=${this.fieldId(`item${item.pointer.replace(/\//g, '-')}`)}>
                      <span class="choice-title">${this.text(item.title)}</span>
                      ${item.detail ? html`<span class="choice-detail">${this.text(item.detail)}</span>` : nothing}
                      <code class="choice-pointer" dir="ltr">#${item.pointer}</code>
                    </label>
                  </div>`,
                )}
              </fieldset>`,
            )}`
        : html`<p class="empty">${t.noContent}</p>`,
      'item',
    );
  }

  private optionsStep(t: Strings) {
    const id = (name: string) => this.fieldId(name);
    const tag = this.pointer ? elementFor(this.pointer) : undefined;
    const formChoice = (value: EmbedForm, label: string, hint: string) => html`<div class="choice">
      <input type="radio" id=${id(`form-${value}`)} name=${id('form')} value=${value} .checked=${this.form === value}
        aria-describedby=${id(`form-${value}-hint`)} @change=${this.handleForm} />
      <label for=${id(`form-${value}`)}><span class="choice-title">${label}</span></label>
      <p class="hint choice-hint" id=${id(`form-${value}-hint`)}>${hint}</p>
    </div>`;
    return this.step(
      3,
      t.stepOptions,
      html`
        <fieldset class="group">
          <legend>${t.formLegend}</legend>
          <p class="hint">${t.formHint}</p>
          ${formChoice('blockquote', t.formBlockquote, t.formBlockquoteHint)} ${formChoice('element', t.formElement, t.formElementHint)}
        </fieldset>
        <div class="field">
          <label for=${id('src')}>${t.srcLabel}</label>
          <p class="hint" id=${id('src-hint')}>${t.srcHint}</p>
          <input id=${id('src')} type="url" dir="ltr" spellcheck="false" aria-describedby=${id('src-hint')} .value=${this.src} @input=${this.handleSrc} />
        </div>
        <div class="field">
          <label for=${id('lang')}>${t.langLabel}</label>
          <select id=${id('lang')} @change=${this.handleLang}>
            ${UI_LANGS.map((lang) => html`<option value=${lang} lang=${lang} .selected=${lang === this.lang}>${LANGUAGE_NAMES[lang]}</option>`)}
          </select>
        </div>
        ${tag ? this.elementOptions(t, tag) : nothing}
      `,
      'options',
    );
  }

  private elementOptions(t: Strings, tag: string) {
    const id = (name: string) => this.fieldId(`attr-${name}`);
    const value = (name: string) => String(this.attributes[name] ?? '');
    const controls: Record<string, () => TemplateResult> = {
      'heading-level': () => html`<div class="field">
        <label for=${id('heading-level')}>${t.headingLevel}</label>
        <select id=${id('heading-level')} name="heading-level" @change=${this.handleAttribute}>
          <option value="" .selected=${!value('heading-level')}>${t.headingDefault(DEFAULT_HEADING[tag] ?? 2)}</option>
          ${[1, 2, 3, 4, 5, 6].map((level) => html`<option value=${level} .selected=${value('heading-level') === String(level)}>h${level}</option>`)}
        </select>
      </div>`,
      variant: () => html`<div class="choice">
        <input type="checkbox" id=${id('variant')} name="variant" .checked=${this.attributes.variant === 'featured'}
          @change=${(event: Event) => this.setAttribute('variant', (event.currentTarget as HTMLInputElement).checked ? 'featured' : '')} />
        <label for=${id('variant')}>${t.featured}</label>
      </div>`,
      'logo-height': () => html`<div class="field">
        <label for=${id('logo-height')}>${t.logoHeight}</label>
        <p class="hint" id=${id('logo-height-hint')}>${t.logoHeightHint}</p>
        <input id=${id('logo-height')} name="logo-height" type="number" inputmode="numeric" min="8" max="400" class="short"
          aria-describedby=${id('logo-height-hint')} .value=${value('logo-height')} @input=${this.handleAttribute} />
      </div>`,
      monochrome: () => html`<div class="choice">
        <input type="checkbox" id=${id('monochrome')} name="monochrome" .checked=${this.attributes.monochrome === true} @change=${this.handleAttribute} />
        <label for=${id('monochrome')}>${t.monochrome}</label>
      </div>`,
      limit: () => html`<div class="field">
        <label for=${id('limit')}>${t.limit}</label>
        <p class="hint" id=${id('limit-hint')}>${t.limitHint}</p>
        <input id=${id('limit')} name="limit" type="number" inputmode="numeric" min="1" max="24" placeholder="3" class="short"
          aria-describedby=${id('limit-hint')} .value=${value('limit')} @input=${this.handleAttribute} />
      </div>`,
      tag: () => html`<div class="field">
        <label for=${id('tag')}>${t.tag}</label>
        <p class="hint" id=${id('tag-hint')}>${t.tagHint}</p>
        <input id=${id('tag')} name="tag" type="text" list=${id('tags')} aria-describedby=${id('tag-hint')} .value=${value('tag')} @input=${this.handleAttribute} />
        <datalist id=${id('tags')}>${this.knownTags().map((known) => html`<option value=${known}></option>`)}</datalist>
      </div>`,
    };
    const names = attributesOf(tag as Parameters<typeof attributesOf>[0]);
    return html`<fieldset class="group">
      <legend>${t.optionsLegend} <code dir="ltr">&lt;${tag}&gt;</code></legend>
      ${names.length ? names.map((name) => controls[name]()) : html`<p class="hint">${t.noOptions}</p>`}
    </fieldset>`;
  }

  private setAttribute(name: string, value: string | boolean) {
    this.attributes = {...this.attributes, [name]: value};
    this.update();
  }

  /** The news tags of the bundle in the snippet's language, for the tag field's suggestions. */
  private knownTags() {
    const tags = new Set<string>();
    for (const item of this.loaded?.bundle.news ?? []) {
      for (const tag of item.tags ?? []) tags.add(typeof tag === 'string' ? tag : (tag[this.lang] ?? Object.values(tag)[0] ?? ''));
    }
    return [...tags].filter(Boolean);
  }

  private previewStep(t: Strings) {
    const id = (name: string) => this.fieldId(name);
    const width = (value: 'phone' | 'desktop', label: string) => html`<div class="segment">
      <input type="radio" id=${id(`width-${value}`)} name=${id('width')} value=${value} .checked=${this.width === value} @change=${this.handleWidth} />
      <label for=${id(`width-${value}`)}>${label}</label>
    </div>`;
    const status =
      !this.shownPreview ? '' : this.preview.state === 'loading' ? t.previewLoading : this.preview.state === 'error' ? t.previewFailed(this.preview.message ?? '') : '';
    return this.step(
      4,
      t.stepPreview,
      html`
        <fieldset class="segments">
          <legend>${t.previewWidth}</legend>
          ${width('phone', `${t.phone} (360 px)`)} ${width('desktop', t.desktop)}
        </fieldset>
        <div class="preview-stage" data-width=${this.width} role="group" aria-label=${t.previewLabel}>
          <div class="preview-frame" data-state=${this.preview.state} ${ref(this.previewHost)}
            @thamm-load=${this.handlePreviewEvent} @thamm-error=${this.handlePreviewEvent}></div>
        </div>
        <p class="status" role="status">${status}</p>
      `,
      'preview',
    );
  }

  private codeField(target: CopyTarget, label: string, value: string) {
    const id = this.fieldId(`${target}-field`);
    const lines = value.split('\n').length;
    return html`<label class="code-label" for=${id}>${label}</label>
      <textarea id=${id} class="code" readonly dir="ltr" wrap="off" spellcheck="false" rows=${Math.min(lines, 16) + 1}
        .value=${value} ${ref((el) => (this.fields[target] = el as HTMLTextAreaElement | undefined))}></textarea>`;
  }

  private copyButton(target: CopyTarget, label: string, text: string, done: string) {
    return html`<div class="copy-row">
      <button type="button" class="button" @click=${() => this.copy(target, text, done)}>${label}</button>
      <p class="copy-status" role="status">${this.copyStatus[target] ?? ''}</p>
    </div>`;
  }

  private codeStep(t: Strings, snippet: SnippetResult | undefined) {
    const origin = snippet?.ok ? originToAllow(this.form, this.src) : undefined;
    let body: TemplateResult;
    if (!snippet) body = html`<p class="empty">${t.noContent}</p>`;
    else if (!snippet.ok) {
      body = html`<p class="alert"><strong>${t.cannotEmbed}</strong> ${snippet.needsSrc ? t.needsSrc : html`<bdi dir="ltr">${snippet.message}</bdi>`}</p>`;
    } else {
      body = html`
        ${this.codeField('code', t.codeLabel, snippet.html)} ${this.copyButton('code', t.copy, snippet.html, t.copied)}
        ${snippet.notes.length
          ? html`<div class="notes"><p>${t.policyNotes}</p><ul dir="ltr">${snippet.notes.map((note) => html`<li>${note}</li>`)}</ul></div>`
          : nothing}
        ${origin
          ? html`<div class="notice">
              <h3>${t.metaTitle}</h3>
              <p>${isolating(t.metaText(origin), origin, '<head>')}</p>
              ${this.codeField('meta', t.metaLabel, originsMeta(origin))} ${this.copyButton('meta', t.copyMeta, originsMeta(origin), t.metaCopied)}
            </div>`
          : nothing}
      `;
    }
    return this.step(5, t.stepCode, body, 'code');
  }

  private scriptStep(t: Strings) {
    const {sri} = this.options;
    return this.step(
      6,
      t.stepScript,
      html`<p>${isolating(t.scriptText(VERSION), 'thamm-widgets.js', '/assets/')}</p>
        ${sri
          ? html`${this.codeField('script', t.scriptLabel, scriptTag(sri))} ${this.copyButton('script', t.copyScript, scriptTag(sri), t.scriptCopied)}`
          : html`<p class="alert">${t.noSri}</p>`}`,
      'script',
    );
  }
}

/** Renders the builder into `root` and loads the first bundle. */
export function mountBuilder(root: HTMLElement, options: BuilderOptions): EmbedBuilder {
  const builder = new EmbedBuilder(root, options);
  builder.load();
  return builder;
}
