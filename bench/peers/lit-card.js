// A minimal Lit card: the baselines' markup and styles (bench/vanilla.js) in
// a LitElement's template, content from a `data` property. What Lit alone
// costs, with nothing of thamm-widgets' contract (validation, languages, states).
import {css, html, LitElement, unsafeCSS} from 'lit';
import {CARD_CSS, pick} from '../vanilla.js';

const dateFormat = new Intl.DateTimeFormat('fr', {dateStyle: 'long', timeZone: 'UTC'});

export class LitNewsCard extends LitElement {
  static properties = {data: {attribute: false}};
  static styles = css`:host { display: block; } ${unsafeCSS(CARD_CSS)}`;

  render() {
    const item = this.data;
    if (!item) return html``;
    return html`<div class="v-root root" lang="fr" dir="ltr"><article part="card"><div class="media"><img part="image" loading="lazy" decoding="async" alt=${item.image.alt ? pick(item.image.alt) : ''} src=${item.image.src} width=${item.image.width} height=${item.image.height}></div><div class="body" part="body"><h3 part="title"><a part="link" href=${item.url}>${pick(item.title)}</a></h3><p class="kicker category" part="category">${pick(item.category)}</p><p class="meta" part="meta"><time datetime=${item.date}>${dateFormat.format(new Date(`${item.date}T00:00:00Z`))}</time><span part="location">${pick(item.location)}</span></p><p class="summary" part="summary">${pick(item.summary)}</p><ul class="tags" part="tags" aria-label="Mots-clés">${item.tags.map((tag) => html`<li part="tag">${pick(tag)}</li>`)}</ul></div></article></div>`;
  }
}
customElements.define('lit-news-card', LitNewsCard);

export const ready = Promise.resolve();
export async function create(container, items) {
  const fragment = document.createDocumentFragment();
  const cards = items.map((item) => {
    const el = document.createElement('lit-news-card');
    el.data = item;
    fragment.append(el);
    return el;
  });
  container.append(fragment);
  await Promise.all(cards.map((el) => el.updateComplete));
  return async (next) => {
    cards.forEach((el, i) => (el.data = next[i]));
    await Promise.all(cards.map((el) => el.updateComplete));
  };
}
