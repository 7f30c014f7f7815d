import {html} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {formatDate} from '../core/format-date.js';
import {ImageFailures} from '../core/image-failures.js';
import {keepImage, keepUrl, put} from '../core/keep-url.js';
import {person} from '../core/person.js';
import {ThammElement} from '../core/thamm-element.js';
import {quotationMarks} from './quotation-marks.js';
import {quoteSchema, type Quote} from './quote.schema.js';
import {styles} from './quote.styles.js';

/**
 * One quote with its speaker: the words in the quotation marks of their
 * language, then name, role and organisation, with an optional portrait,
 * topic, date and source link.
 *
 * @summary A quote for THAMM key messages.
 * @tagname thamm-quote
 *
 * @slot - Fallback content: shown before the element is defined and when its content cannot be loaded.
 *
 * @fires thamm-load - The content is valid and rendered. `detail` is the content object.
 * @fires thamm-error - The content could not be loaded or is invalid. `detail.message` names the field or the failure.
 *
 * @csspart quote - The `<figure>`.
 * @csspart topic - The topic kicker.
 * @csspart text - The `<blockquote>`.
 * @csspart caption - The `<figcaption>`: speaker, date and source.
 * @csspart portrait - The speaker's photo.
 * @csspart name - The speaker's name.
 * @csspart role - Role and organisation.
 * @csspart source - The source link.
 * @csspart error - The message shown on error when there is no fallback content.
 *
 * @cssprop --thamm-color-text - Text colour.
 * @cssprop --thamm-color-muted - Role, date and source line.
 * @cssprop --thamm-color-surface - Background.
 * @cssprop --thamm-color-accent - The rule beside the quote, topic and link.
 * @cssprop --thamm-color-focus - Focus ring.
 * @cssprop --thamm-font-family - Font; the page's by default.
 * @cssprop --thamm-font-size - Base size; `16px` by default, whatever the page's root size.
 * @cssprop --thamm-featured-size - Quote size in the featured variant; `1.5em` by default.
 * @cssprop --thamm-radius - Corner radius.
 * @cssprop --thamm-spacing - Inner spacing.
 */
export class ThammQuote extends ThammElement<Quote> {
  static override styles = [ThammElement.styles, styles];
  static override properties = {variant: {reflect: true}};

  /** `featured` gives a short quote prominence. */
  variant?: 'featured';

  protected override readonly schema = quoteSchema;

  private readonly images = new ImageFailures(this);

  protected override sanitize(quote: Quote): Quote {
    const context = this.urlContext();
    put(quote.author, 'image', keepImage(quote.author.image, 'author.image', context));
    if (quote.source) {
      const url = keepUrl(quote.source.url, 'source.url', context);
      if (url) quote.source.url = url;
      else delete quote.source; // a source is its link: without one, none is shown
    }
    return quote;
  }

  protected override renderContent({text, author, topic, date, source}: Quote) {
    const words = this.language.text(text);
    const [open, close] = quotationMarks(words.lang ?? this.language.lang);
    const portrait = this.images.shown(author.image);
    return html`<figure part="quote">
      ${topic ? html`<p class="kicker topic" part="topic">${this.text(topic)}</p>` : ''}
      <blockquote part="text" cite=${ifDefined(source?.url)}>
        <p lang=${words.lang ?? this.language.lang} dir=${words.dir ?? 'auto'}>${open}${words.value}${close}</p>
      </blockquote>
      <figcaption part="caption">
        ${portrait
          ? html`<img part="portrait" src=${portrait.src} alt="" loading="lazy" decoding="async"
              width="48" height="48" @error=${this.images.handleError}>`
          : ''}
        ${person(author, (text) => this.text(text), this.language.lang)}
        ${date || source
          ? html`<p class="meta">
              ${date ? html`<time datetime=${date}>${formatDate(date, this.language.lang)}</time>` : ''}
              ${date && source ? ' · ' : ''}
              ${source
                ? html`<a part="source" href=${source.url}>${source.label
                    ? this.text(source.label)
                    : this.msg('Source', {id: 'quote.source', desc: 'Text of the link to where a quote was published, when the content names no label.'})}</a>`
                : ''}
            </p>`
          : ''}
      </figcaption>
    </figure>`;
  }

  protected override renderPlaceholder() {
    return html`<figure part="quote" aria-hidden="true">
      <div class="placeholder-block placeholder-line"></div>
      <div class="placeholder-block placeholder-line"></div>
      <div class="placeholder-block placeholder-line short"></div>
    </figure>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'thamm-quote': ThammQuote;
  }
}
