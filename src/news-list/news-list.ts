import {html, type PropertyDeclarations} from 'lit';
import {prepareDates} from '../core/format-date.js';
import {heading, headingLevel} from '../core/heading.js';
import {keepImage, keepUrl, put} from '../core/keep-url.js';
import {ThammElement} from '../core/thamm-element.js';
// The cards' class, for the template checker; define.ts registers both tags.
import '../news-card/news-card.js';
import {latest, shownCount} from './latest.js';
import {newsListSchema, type NewsList} from './news-list.schema.js';
import {styles} from './news-list.styles.js';

/** The card's parts, available on the list; the card's title is `item-title` beside the list's own. */
const CARD_PARTS = 'card, image, body, category, title: item-title, link, meta, summary, tags, tag';

/**
 * The latest programme news: the newest items first, at most `limit`,
 * optionally only those with a `tag`, each rendered exactly as
 * `<thamm-news-card>` renders it, with a "more news" link.
 *
 * @summary The latest THAMM news, as partner home pages show it.
 * @tagname thamm-news-list
 *
 * @slot - Fallback content: shown before the element is defined and when its content cannot be loaded.
 *
 * @fires thamm-load - The content is valid and rendered. `detail` is the content (the list, not only the items shown).
 * @fires thamm-error - The content could not be loaded or is invalid. `detail.message` names the field or the failure.
 *
 * @csspart list - The `<section>`.
 * @csspart title - The list's heading.
 * @csspart items - The `<ul>` of cards.
 * @csspart item - One `<li>`.
 * @csspart empty - The message shown when no item matches.
 * @csspart more - The "more news" link.
 * @csspart card - Each card's `<article>`; also `image`, `body`, `category`, `item-title`, `link`, `meta`, `summary`, `tags`, `tag` of the cards.
 * @csspart error - The message shown on error when there is no fallback content.
 *
 * @cssprop --thamm-color-text - Text colour.
 * @cssprop --thamm-color-muted - The empty message.
 * @cssprop --thamm-color-accent - The "more news" link.
 * @cssprop --thamm-font-family - Font; the page's by default.
 * @cssprop --thamm-font-size - Base size; `16px` by default, whatever the page's root size.
 * @cssprop --thamm-spacing - Space between the cards.
 * @cssprop --thamm-card-min-width - Narrowest a card gets before the grid has one column less; `17em` by default.
 */
export class ThammNewsList extends ThammElement<NewsList> {
  static override styles = [ThammElement.styles, styles];
  static override properties: PropertyDeclarations = {
    headingLevel: {type: Number, attribute: 'heading-level'},
    limit: {type: Number},
    tag: {},
  };

  /** Level of the list's title (1–6); the cards' titles are one level below it. */
  headingLevel = 2;

  /** How many items to show at most. */
  limit = 3;

  /** Show only the items with this tag, in any of its languages, ignoring case. */
  tag?: string;

  protected override readonly schema = newsListSchema;

  override connectedCallback() {
    super.connectedCallback();
    if (this.src) prepareDates(this.language.lang);
  }

  protected override sanitize(list: NewsList): NewsList {
    const context = this.urlContext();
    const [items, prefix] = Array.isArray(list) ? [list, ''] : [list.items, 'items.'];
    // As the card would, so thamm-load carries the content as shown, and a warning names the list's field.
    items.forEach((item, i) => {
      put(item, 'url', keepUrl(item.url, `${prefix}${i}.url`, context));
      put(item, 'image', keepImage(item.image, `${prefix}${i}.image`, context));
    });
    if (!Array.isArray(list) && list.more) {
      const url = keepUrl(list.more.url, 'more.url', context);
      if (url) list.more.url = url;
      else delete list.more; // the link is its URL: without one, none is shown
    }
    return list;
  }

  protected override renderContent(list: NewsList) {
    const {title, items, more} = Array.isArray(list) ? {items: list, title: undefined, more: undefined} : list;
    const level = headingLevel(this, 2);
    const shown = latest(items, shownCount(this.limit), this.tag || undefined);
    return html`<section part="list">
      ${title ? heading(level, 'title', this.text(title)) : ''}
      ${shown.length
        ? this.renderCards(shown.map((item) => ({item})), title ? Math.min(level + 1, 6) : level)
        : html`<p class="empty" part="empty">${this.msg('Aucune actualité pour le moment.', {id: 'news-list.empty', desc: 'Shown in a news list when no news item matches (none yet, or none with the chosen tag).'})}</p>`}
      ${more
        ? html`<p class="more"><a part="more" href=${more.url}>${more.label
            ? this.text(more.label)
            : this.msg('Toutes les actualités', {id: 'news-list.more', desc: 'Default text of the link under a news list to all the programme\'s news.'})}</a></p>`
        : ''}
    </section>`;
  }

  /** While loading: as many cards as will show, each in its own loading state. */
  protected override renderPlaceholder() {
    return html`<section part="list" aria-hidden="true">
      ${this.renderCards(Array.from({length: shownCount(this.limit)}, () => ({item: undefined})), 3)}
    </section>`;
  }

  private renderCards(cards: {item: unknown}[], level: number) {
    const {lang, dir} = this.language;
    return html`<ul class="items" part="items" @thamm-load=${keepInside} @thamm-error=${keepInside}>
      ${cards.map(({item}) => html`<li part="item"><thamm-news-card exportparts=${CARD_PARTS}
        .headingLevel=${level} lang=${lang} dir=${dir} .data=${item}></thamm-news-card></li>`)}
    </ul>`;
  }
}

/** The cards' own events stay inside: the list announces its content once. */
function keepInside(event: Event) {
  event.stopPropagation();
}

declare global {
  interface HTMLElementTagNameMap {
    'thamm-news-list': ThammNewsList;
  }
}
