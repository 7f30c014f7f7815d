import {html} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {formatDate} from '../core/format-date.js';
import {heading, headingLevel} from '../core/heading.js';
import type {LocalizedText} from '../core/language.js';
import {ThammElement} from '../core/thamm-element.js';
import {newsItemSchema, type NewsItem} from './news-item.schema.js';
import {styles} from './news-card.styles.js';

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

  protected override sanitize(item: NewsItem): NewsItem {
    ThammElement.put(item, 'url', this.keepUrl(item.url, 'url'));
    ThammElement.put(item, 'image', this.keepImage(item.image, 'image'));
    return item;
  }

  protected override renderContent(item: NewsItem) {
    const image = this.shownImage(item.image);
    const title = this.text(item.title);
    return html`<article part="card">
      ${image
        ? html`<div class="media"><img part="image" src=${image.src} alt=${this.plainText(image.alt)}
            width=${ifDefined(image.width)} height=${ifDefined(image.height)}
            loading="lazy" decoding="async" @error=${this.handleImageError}></div>`
        : ''}
      <div class="body" part="body">
        ${heading(
          headingLevel(this.headingLevel, 3),
          'title',
          item.url ? html`<a part="link" href=${item.url}>${title}</a>` : title,
        )}
        <p class="kicker category" part="category" ?hidden=${!item.category}>${item.category ? this.text(item.category) : ''}</p>
        <p class="meta" part="meta">
          <time datetime=${item.date}>${formatDate(item.date, this.language.lang)}</time><span part="location"
            ?hidden=${!item.location}>${item.location ? this.text(item.location) : ''}</span>
        </p>
        <p class="summary" part="summary" ?hidden=${!item.summary}>${item.summary ? this.text(item.summary) : ''}</p>
        ${this.renderTags(item.tags)}
      </div>
    </article>`;
  }

  protected override renderPlaceholder() {
    // Sized like the programme's own news (the seed article): an image beside
    // (or above) a kicker, four title lines, a date, six summary lines and tags.
    return html`<article part="card" aria-hidden="true">
      <div class="media placeholder-media"></div>
      <div class="body">
        <div class="placeholder-block placeholder-line short"></div>
        ${[1, 2, 3, 4].map(() => html`<div class="placeholder-block placeholder-line title"></div>`)}
        <div class="placeholder-block placeholder-line short"></div>
        ${[1, 2, 3, 4, 5, 6].map(() => html`<div class="placeholder-block placeholder-line"></div>`)}
        <div class="placeholder-block placeholder-line short"></div>
        <div class="placeholder-block placeholder-line short"></div>
      </div>
    </article>`;
  }

  /** The tag list: one element per card, kept and updated in place. */
  private tagList?: HTMLUListElement;

  /**
   * The tags, made with DOM calls into a list the card keeps, not a template
   * per tag: a feed renders thousands of cards, and templates would cost each
   * card three template instances and six child parts more. Updates reuse the
   * items. Text goes in as text nodes only.
   */
  private renderTags(tags: readonly LocalizedText[] = []) {
    if (!tags.length) return '';
    let list = this.tagList;
    if (!list) {
      list = this.tagList = document.createElement('ul');
      list.className = 'tags';
      list.setAttribute('part', 'tags');
    }
    list.setAttribute('aria-label', this.msg('Mots-clés', {id: 'news.tags', desc: 'Accessible name of the list of tags of a news item.'}));
    tags.forEach((tag, i) => {
      let item = list.children[i];
      if (!item) {
        item = list.appendChild(document.createElement('li'));
        item.setAttribute('part', 'tag');
      }
      item.replaceChildren(this.text(tag));
    });
    while (list.children.length > tags.length) list.lastElementChild!.remove();
    return list;
  }

}

declare global {
  interface HTMLElementTagNameMap {
    'thamm-news-card': ThammNewsCard;
  }
}
