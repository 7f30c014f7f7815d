import {element} from './dom.js';

/** The nodes of a news card that its renders fill in. */
export interface CardNodes {
  article: HTMLElement;
  media: HTMLElement;
  img: HTMLImageElement;
  body: HTMLElement;
  heading: HTMLElement;
  link: HTMLAnchorElement;
  category: HTMLElement;
  time: HTMLTimeElement;
  location: HTMLElement;
  summary: HTMLElement;
  tags: HTMLElement;
}

type Name = keyof CardNodes;

/**
 * The card's markup, made once with DOM calls (nothing for Trusted Types to
 * check). `node(name, …)` names the nodes a render fills in: adding one is a
 * change here and in CardNodes, nowhere else.
 */
function makeBlueprint(node: (name: Name, made: HTMLElement) => HTMLElement) {
  return node('article', element('article', {part: 'card'},
    node('media', element('div', {class: 'media'},
      node('img', element('img', {part: 'image', alt: '', loading: 'lazy', decoding: 'async'})))),
    node('body', element('div', {class: 'body', part: 'body'},
      node('heading', element('h3', {part: 'title'}, node('link', element('a', {part: 'link'})))),
      node('category', element('p', {class: 'kicker category', part: 'category'})),
      element('p', {class: 'meta', part: 'meta'}, node('time', element('time')), node('location', element('span', {part: 'location'}))),
      node('summary', element('p', {class: 'summary', part: 'summary'})),
      node('tags', element('ul', {class: 'tags', part: 'tags'}))))));
}

/** The blueprint, and which of its nodes have a name. */
let blueprint: {article: HTMLElement; names: Map<Node, Name>} | undefined;

function makeNamedBlueprint() {
  const names = new Map<Node, Name>();
  const article = makeBlueprint((name, node) => (names.set(node, name), node));
  return {article, names};
}

/**
 * A new card from the blueprint, with its nodes at hand: the clone is walked
 * beside the blueprint, so each named node is found without HTMLCollections
 * (each would stay cached on its node, about 0.4 KiB per collection and card).
 */
export function cloneCard(onImageError: (event: Event) => void): CardNodes {
  const {article, names} = (blueprint ??= makeNamedBlueprint());
  const clone = article.cloneNode(true);
  const nodes = {article: clone} as Record<Name, Node>;
  const original = document.createTreeWalker(article, NodeFilter.SHOW_ELEMENT);
  const copy = document.createTreeWalker(clone, NodeFilter.SHOW_ELEMENT);
  while (original.nextNode() && copy.nextNode()) {
    const name = names.get(original.currentNode);
    if (name) nodes[name] = copy.currentNode;
  }
  const card = nodes as unknown as CardNodes;
  card.img.addEventListener('error', onImageError);
  return card;
}

let tagBlueprint: HTMLElement | undefined;

/** A new tag item. */
export const cloneTag = () => (tagBlueprint ??= element('li', {part: 'tag'})).cloneNode() as HTMLElement;
