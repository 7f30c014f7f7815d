// The baselines: the news card's markup and styles written by hand.
// (a) a <template> clone in light DOM; (b) a custom element with its own
// shadow root, styles shared through adoptedStyleSheets.
export const CARD_CSS = `
  .v-card { position: relative; display: grid; grid-template-areas: 'media' 'body'; overflow: hidden;
    border: 1px solid #d5dae3; border-radius: 8px; background: #fff; color: #1d2433; font-size: 16px; }
  .v-media { grid-area: media; background: #e7eaf0; }
  .v-media img { display: block; inline-size: 100%; block-size: auto; }
  .v-body { grid-area: body; display: flex; flex-direction: column; gap: .5em; padding: 1em; }
  .v-category { order: -1; margin: 0; color: #0b5cad; font-size: .8125em; font-weight: 700; text-transform: uppercase; }
  .v-title { margin: 0; font-size: 1.25em; line-height: 1.3; }
  .v-title a { color: inherit; }
  .v-title a::after { content: ''; position: absolute; inset: 0; }
  .v-meta, .v-summary { margin: 0; line-height: 1.5; }
  .v-meta { color: #4a5468; font-size: .875em; }
  .v-tags { display: flex; flex-wrap: wrap; gap: .375em; margin: 0; padding: 0; list-style: none; }
  .v-tags li { padding-inline: .5em; border: 1px solid #d5dae3; border-radius: 1em; font-size: .8125em; }
`;

const template = document.createElement('template');
template.innerHTML = `<article class="v-card"><div class="v-media"><img loading="lazy" decoding="async" alt=""></div>
<div class="v-body"><h3 class="v-title"><a></a></h3><p class="v-category"></p>
<p class="v-meta"><time></time><span></span></p><p class="v-summary"></p>
<ul class="v-tags"><li></li><li></li><li></li></ul></div></article>`.replace(/\n/g, '');

const dateFormat = new Intl.DateTimeFormat('fr', {dateStyle: 'long', timeZone: 'UTC'});

/** Clones the card and returns it with a function that fills it. */
function card() {
  const root = template.content.firstElementChild.cloneNode(true);
  const [img, link, category, time, location, summary, ...tags] = root.querySelectorAll('img, a, .v-category, time, span, .v-summary, li');
  const fill = (item) => {
    img.src = item.image.src;
    img.width = item.image.width;
    img.height = item.image.height;
    link.href = item.url;
    link.textContent = item.title;
    category.textContent = item.category;
    time.dateTime = item.date;
    time.textContent = dateFormat.format(new Date(`${item.date}T00:00:00Z`));
    location.textContent = item.location;
    summary.textContent = item.summary;
    item.tags.forEach((tag, i) => (tags[i].textContent = tag));
  };
  return {root, fill};
}

let documentStyles;
/** (a) Light DOM: one document stylesheet, one clone per card. */
export function createTemplateCards(container, items) {
  if (!documentStyles) {
    documentStyles = new CSSStyleSheet();
    documentStyles.replaceSync(CARD_CSS);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, documentStyles];
  }
  const fragment = document.createDocumentFragment();
  const cards = items.map((item) => {
    const c = card();
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
