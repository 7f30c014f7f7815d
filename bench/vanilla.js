// The baselines: the news card's markup and styles written by hand.
// (a) a <template> clone in light DOM; (b) a custom element with its own
// shadow root, styles shared through adoptedStyleSheets.
// The same markup as <thamm-news-card>'s shadow tree (its .root block, parts,
// classes, aria-label) and the same layout: two flex columns that wrap.
export const CARD_CSS = `
  .v-root { display: block; font-size: 16px; color: #1d2433; overflow-wrap: anywhere; }
  .v-root article { position: relative; display: flex; flex-wrap: wrap; overflow: hidden;
    border: 1px solid #d5dae3; border-radius: 8px; background: #fff; }
  .v-root .media { flex: 2 1 13em; background: #e7eaf0; }
  .v-root img { display: block; inline-size: 100%; block-size: 100%; object-fit: cover; }
  .v-root .body { flex: 3 1 20em; display: flex; flex-direction: column; gap: .5em; padding: 1em; min-inline-size: 0; }
  .v-root .category { order: -1; margin: 0; color: #0b5cad; font-size: .8125em; font-weight: 700; text-transform: uppercase; }
  .v-root h3 { margin: 0; font-size: 1.25em; line-height: 1.3; }
  .v-root a { color: inherit; }
  .v-root a::after { content: ''; position: absolute; inset: 0; }
  .v-root .meta, .v-root .summary { margin: 0; line-height: 1.5; }
  .v-root .meta { color: #4a5468; font-size: .875em; }
  .v-root .meta span::before { content: ' · '; }
  .v-root .tags { display: flex; flex-wrap: wrap; gap: .375em; margin: 0; padding: 0; list-style: none; }
  .v-root .tags li { padding-inline: .5em; border: 1px solid #d5dae3; border-radius: 1em; font-size: .8125em; }
`;

// The peer libraries' cards (bench/peers/) take the same content as light-DOM
// children in their slots: the body's spacing is then the peer's own.
const PEER_CSS = `.v-peer { position: relative; } .v-peer .body { padding: 0; }`;

/** A template from markup written over several lines. */
export function templateOf(markup) {
  const template = document.createElement('template');
  template.innerHTML = markup.replace(/\n/g, '');
  return template;
}

/** The text of a field for the page's language (French), whether localized or not. */
export const pick = (text) => (typeof text === 'string' ? text : (text.fr ?? Object.values(text)[0]));

const template = templateOf(`<div class="v-root root" lang="fr" dir="ltr"><article part="card"><div class="media">
<img part="image" loading="lazy" decoding="async" alt=""></div><div class="body" part="body">
<h3 part="title"><a part="link"></a></h3><p class="kicker category" part="category"></p>
<p class="meta" part="meta"><time></time><span part="location"></span></p><p class="summary" part="summary"></p>
<ul class="tags" part="tags" aria-label="Mots-clés"><li part="tag"></li><li part="tag"></li><li part="tag"></li></ul>
</div></article></div>`);

const dateFormat = new Intl.DateTimeFormat('fr', {dateStyle: 'long', timeZone: 'UTC'});

/** Clones a card's markup (by default the baselines') and returns it with a function that fills it. */
export function card(from = template) {
  const root = from.content.firstElementChild.cloneNode(true);
  const [img, link, category, time, location, summary, ...tags] = root.querySelectorAll('img, a, .category, time, span, .summary, li');
  const fill = (item) => {
    img.src = item.image.src;
    img.alt = item.image.alt ? pick(item.image.alt) : '';
    img.width = item.image.width;
    img.height = item.image.height;
    link.href = item.url;
    link.textContent = pick(item.title);
    category.textContent = pick(item.category);
    time.dateTime = item.date;
    time.textContent = dateFormat.format(new Date(`${item.date}T00:00:00Z`));
    location.textContent = pick(item.location);
    summary.textContent = pick(item.summary);
    // The bench's items have three tags, as the markup; a seed item may have more.
    for (let i = tags.length; i < item.tags.length; i++) tags.push(tags[0].parentNode.appendChild(document.createElement('li')));
    item.tags.forEach((tag, i) => (tags[i].textContent = pick(tag)));
  };
  return {root, fill};
}

let documentStyles;
/** The card's styles in the document, for light-DOM cards and the peers' slotted content. */
export function adoptDocumentStyles() {
  if (documentStyles) return;
  documentStyles = new CSSStyleSheet();
  documentStyles.replaceSync(`${CARD_CSS} ${PEER_CSS}`);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, documentStyles];
}

/** (a) Light DOM: one document stylesheet, one clone per card; `from` another markup with the same fields (a peer's card). */
export function createTemplateCards(container, items, from = template) {
  adoptDocumentStyles();
  const fragment = document.createDocumentFragment();
  const cards = items.map((item) => {
    const c = card(from);
    c.fill(item);
    fragment.append(c.root);
    return c;
  });
  container.append(fragment);
  return (next) => cards.forEach((c, i) => c.fill(next[i]));
}

const shadowStyles = new CSSStyleSheet();
shadowStyles.replaceSync(`:host { display: block; } ${CARD_CSS}`);

/** (b) A custom element with a shadow root. */
class VanillaNewsCard extends HTMLElement {
  constructor() {
    super();
    const root = this.attachShadow({mode: 'open'});
    root.adoptedStyleSheets = [shadowStyles];
    this.card = card();
    root.append(this.card.root);
  }
  set data(item) {
    this.card.fill(item);
  }
}
customElements.define('vanilla-news-card', VanillaNewsCard);

export function createCustomElementCards(container, items) {
  const fragment = document.createDocumentFragment();
  const cards = items.map((item) => {
    const el = document.createElement('vanilla-news-card');
    el.data = item;
    fragment.append(el);
    return el;
  });
  container.append(fragment);
  return (next) => cards.forEach((el, i) => (el.data = next[i]));
}
