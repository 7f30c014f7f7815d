// Runs one measurement in this page and returns it: the runner (bench/run.js)
// opens a fresh page for every sample and interleaves the variants. The page
// loads only the code of its variant (`?variant=`): the thamm bundle, or a
// peer library's card (bench/peers/, bundled by the runner), or neither.
import {createCustomElementCards, createTemplateCards} from './vanilla.js';

const PEERS = ['lit', 'shoelace', 'webawesome', 'spectrum'];
const variantOfPage = new URLSearchParams(location.search).get('variant') ?? 'thamm';
const peer = PEERS.includes(variantOfPage) ? await import(`/bench/peer/${variantOfPage}.js`) : undefined;
if (variantOfPage === 'thamm') await import('/dist/thamm-widgets.js');
await peer?.ready;

const GIF = 'data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==';

const news = (i, round) => ({
  title: `Lancement du programme THAMM, carte ${i} (${round})`,
  date: '2020-10-15',
  category: 'Actualité',
  summary: `Le programme a été lancé à Rabat. Résumé ${i}, version ${round}.`,
  url: `https://example.org/news/${i}`,
  location: 'Rabat, Maroc',
  image: {src: GIF, alt: '', width: 1200, height: 675},
  tags: ['THAMM', 'Maroc', `T${i}-${round}`],
});

const others = {
  'thamm-quote': (i) => ({text: `Migrer par choix et non par nécessité (${i})`, author: {name: 'Rania Bikhazi', role: 'Directrice', organization: 'OIT'}, topic: 'Protection', date: '2020-10-14'}),
  'thamm-partner-strip': (i) => ({title: `Partenaires ${i}`, partners: ['UE', 'BMZ', 'OIT', 'OIM', 'GIZ'].map((name, k) => ({name, role: k < 2 ? 'funder' : 'implementer', logo: {src: GIF, alt: '', width: 240, height: 96}}))}),
  'thamm-contact-badge': (i) => ({name: `Abderrahim Amraoui ${i}`, role: 'Coordinateur National du Projet', organization: 'OIT', email: 'amraoui@ilo.org'}),
  // A home page's "latest news" with every item shown: 12 cards.
  'thamm-news-list': (i) => ({title: `Actualités ${i}`, items: Array.from({length: 12}, (_, k) => news(i * 12 + k, i)), more: {url: 'https://example.org/news'}}),
};

/** Attributes an element needs for the measure: the list shows all 12 of its items. */
const attributes = {'thamm-news-list': {limit: '12'}};

/** The element, and the elements inside its shadow root (the list's cards), once all have rendered. */
async function settled(el) {
  await el.updateComplete;
  const inner = [...(el.shadowRoot?.querySelectorAll('thamm-news-card') ?? [])];
  await Promise.all(inner.map((card) => card.updateComplete));
}

/** The thamm element: data property, then wait for every update. */
async function createThamm(container, tag, items) {
  const fragment = document.createDocumentFragment();
  const elements = items.map((item) => {
    const el = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes[tag] ?? {})) el.setAttribute(name, value);
    el.data = item;
    fragment.append(el);
    return el;
  });
  container.append(fragment);
  await Promise.all(elements.map(settled));
  return async (next) => {
    elements.forEach((el, i) => (el.data = next[i]));
    await Promise.all(elements.map(settled));
  };
}

const layout = (container) => container.getBoundingClientRect().height;

async function memory() {
  globalThis.gc?.();
  if (self.crossOriginIsolated && performance.measureUserAgentSpecificMemory) {
    return (await performance.measureUserAgentSpecificMemory()).bytes;
  }
  return performance.memory.usedJSHeapSize;
}

window.runBench = async ({variant, element = 'thamm-news-card', n}) => {
  const container = document.querySelector('#cards');
  const items = Array.from({length: n}, (_, i) => (element === 'thamm-news-card' ? news(i, 0) : others[element](i)));
  const next = items.map((_, i) => (element === 'thamm-news-card' ? news(i, 1) : others[element](i + n)));
  const before = await memory();

  const t0 = performance.now();
  const update =
    variant === 'template' ? createTemplateCards(container, items)
    : variant === 'custom-element' ? createCustomElementCards(container, items)
    : peer ? await peer.create(container, items)
    : await createThamm(container, element, items);
  layout(container);
  const create = performance.now() - t0;

  const after = await memory();
  // One card, its shadow tree and its light-DOM children (a peer's slotted content); Spectrum's are in its <sp-theme>.
  const first = container.firstElementChild.localName === 'sp-theme' ? container.firstElementChild.firstElementChild : container.firstElementChild;
  const nodes = (first.shadowRoot?.querySelectorAll('*').length ?? 0) + first.querySelectorAll('*').length + 1;

  const t1 = performance.now();
  await update(next);
  layout(container);
  const updateTime = performance.now() - t1;

  const states = variant === 'thamm' ? new Set([...container.children].map((el) => el.getAttribute('state'))) : new Set(['ready']);
  return {create, update: updateTime, bytesPerCard: (after - before) / n, elementsPerCard: nodes, allReady: states.size === 1 && states.has('ready')};
};
