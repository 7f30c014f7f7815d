import {html} from 'lit';
import {formatDate, prepareDates} from '../core/format-date.js';
import {headingLevel} from '../core/heading.js';
import {ImageFailures} from '../core/image-failures.js';
import {keepImage, keepUrl, put} from '../core/keep-url.js';
import type {LocalizedText} from '../core/language.js';
import {ThammElement} from '../core/thamm-element.js';
import {element, setAttribute, setText, textNode} from './dom.js';
import {newsItemSchema, type NewsItem} from './news-item.schema.js';
import {styles} from './news-card.styles.js';
import {cloneCard, cloneTag, type CardNodes} from './card-nodes.js';

/**
 * One news item: title, date, and optionally category, summary, image,
 * location, tags and a link that makes the whole card clickable.
 *
 * @summary A news card for THAMM programme news.
 * @tagname thamm-news-card
 *
 * @slot - Fallback content: shown before the element is defined and when its content cannot be loaded.
 *
 * @fires thamm-load - The content is valid and rendered. `detail` is the content object.
 * @fires thamm-error - The content could not be loaded or is invalid. `detail.message` names the field or the failure.
 *
 * @csspart card - The `<article>`.
 * @csspart image - The image.
 * @csspart body - Everything but the image.
 * @csspart category - The category kicker.
 * @csspart title - The heading.
 * @csspart link - The link in the heading (its target covers the card).
 * @csspart meta - Date and location.
 * @csspart summary - The summary.
 * @csspart tags - The list of tags.
 * @csspart error - The message shown on error when there is no fallback content.
 *
 * @cssprop --thamm-color-text - Text colour.
 * @cssprop --thamm-color-muted - Secondary text (date, location, tags).
 * @cssprop --thamm-color-surface - Card background.
 * @cssprop --thamm-color-accent - Category and link underline.
 * @cssprop --thamm-color-border - Card and tag borders.
 * @cssprop --thamm-color-focus - Focus ring.
 * @cssprop --thamm-color-placeholder - Loading placeholder blocks.
 * @cssprop --thamm-font-family - Font; the page's by default.
 * @cssprop --thamm-font-size - Base size; `16px` by default, whatever the page's root size.
 * @cssprop --thamm-title-size - Title size; `1.25em` by default.
 * @cssprop --thamm-radius - Corner radius.
 * @cssprop --thamm-spacing - Inner spacing.
 */
export class ThammNewsCard extends ThammElement<NewsItem> {
  static override styles = [ThammElement.styles, styles];
  static override properties = {headingLevel: {type: Number, attribute: 'heading-level'}};

  /** Level of the title heading (1–6), to fit the page's outline. */
  headingLevel = 3;

  protected override readonly schema = newsItemSchema;

  private readonly images = new ImageFailures(this);

  protected override sanitize(item: NewsItem): NewsItem {
    const context = this.urlContext();
    put(item, 'url', keepUrl(item.url, 'url', context));
    put(item, 'image', keepImage(item.image, 'image', context));
    return item;
  }

  override connectedCallback() {
    super.connectedCallback();
    if (this.src) prepareDates(this.language.lang);
  }

  /** The card's nodes, made on the first content and then updated in place. */
  private card?: CardNodes;

  /**
   * The card is cloned from a blueprint and its nodes filled with DOM calls,
   * not rendered by a Lit template: a feed shows thousands of cards, and a
   * template would cost each one a dozen parts with their markers. Nodes are
   * kept across renders, so a focused link keeps focus. Text goes in as text.
   */
  protected override renderContent(item: NewsItem) {
    const card = (this.card ??= cloneCard(this.images.handleError));
    const image = this.images.shown(item.image);
    if (image) {
      const {img} = card;
      setAttribute(img, 'src', image.src);
      setAttribute(img, 'alt', this.plainText(image.alt));
      setAttribute(img, 'width', image.width?.toString());
      setAttribute(img, 'height', image.height?.toString());
      if (!img.parentNode) card.media.append(img);
    } else card.img.remove(); // the media box stays: the card's frame does not depend on an image

    const level = headingLevel(this, 3);
    if (card.heading.localName !== `h${level}`) {
      const heading = element(`h${level}`, {part: 'title'});
      card.heading.replaceWith(heading);
      card.heading = heading;
    }
    const title = this.textNode(item.title);
    if (item.url) {
      setAttribute(card.link, 'href', item.url);
      setText(card.link, title);
      if (card.link.parentNode !== card.heading) card.heading.replaceChildren(card.link);
    } else setText(card.heading, title);

    this.optionalText(card.category, item.category);
    setAttribute(card.time, 'datetime', item.date);
    setText(card.time, formatDate(item.date, this.language.lang));
    this.optionalText(card.location, item.location);
    this.optionalText(card.summary, item.summary);
    this.fillTags(card, item.tags);
    return card.article;
  }

  /** A paragraph or span shown with its text, or hidden when the field is absent. */
  private optionalText(node: HTMLElement, text: LocalizedText | undefined) {
    node.hidden = !text;
    setText(node, text ? this.textNode(text) : '');
  }

  /** Content text in this element's language, as a node's content. */
  private textNode(text: LocalizedText) {
    return textNode(this.language.text(text));
  }

  /** The tags: items reused across renders; the list is left out when there are none. */
  private fillTags({tags: list, body}: CardNodes, tags: readonly LocalizedText[] = []) {
    if (!tags.length) {
      list.remove();
      return;
    }
    setAttribute(list, 'aria-label', this.msg('Mots-clés', {id: 'news.tags', desc: 'Accessible name of the list of tags of a news item.'}));
    let item = list.firstElementChild;
    for (const tag of tags) {
      setText((item ??= list.appendChild(cloneTag())), this.textNode(tag));
      item = item.nextElementSibling;
    }
    while (list.childElementCount > tags.length) list.lastElementChild!.remove();
    if (!list.parentNode) body.append(list);
  }

  protected override renderPlaceholder() {
    // Blocks of hidden text as long as the programme's own news (the seed
    // article), laid out by the card's own rules: at every width they wrap,
    // and the card takes its height, as the news will.
    const arabic = this.language.dir === 'rtl';
    // The text is generated content (CSS), not text in the DOM: nothing to read, nothing for contrast checks.
    const text = (words: number, ar = words) => html`<span class="placeholder-block" data-text=${'xxxxx '.repeat(arabic ? ar : words)}></span>`;
    return html`<article part="card" class="placeholder" aria-hidden="true">
      <div class="media placeholder-media"></div>
      <div class="body">
        <p class="kicker category">${text(1)}</p>
        <div class="title">${text(27, 17)}</div>
        <p class="meta">${text(5)}</p>
        <p class="summary">${text(48, 44)}</p>
        <ul class="tags">${[1, 4, 1, 1].map((words) => html`<li data-text=${'xxxxx '.repeat(words)}></li>`)}</ul>
      </div>
    </article>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'thamm-news-card': ThammNewsCard;
  }
}
