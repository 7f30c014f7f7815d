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

/** Where each named node sits in the blueprint: element-child indexes from the article. */
let blueprint: {article: HTMLElement; paths: [Name, number[]][]} | undefined;

function indexOf(node: Element) {
  let index = 0;
  for (let sibling = node.previousElementSibling; sibling; sibling = sibling.previousElementSibling) index++;
  return index;
}

function blueprintWithPaths() {
  const named: [Name, HTMLElement][] = [];
  const article = makeBlueprint((name, node) => (named.push([name, node]), node));
  const paths = named.map(([name, node]): [Name, number[]] => {
    const path: number[] = [];
    for (let at: HTMLElement = node; at !== article; at = at.parentElement!) path.unshift(indexOf(at));
    return [name, path];
  });
  return {article, paths};
}

/**
 * A new card from the blueprint, with its nodes at hand. Found by walking
 * siblings, not with `children`: each HTMLCollection would stay cached on its
 * node, about 0.4 KiB per collection and card.
 */
export function cloneCard(onImageError: (event: Event) => void): CardNodes {
  const {article, paths} = (blueprint ??= blueprintWithPaths());
  const clone = article.cloneNode(true) as HTMLElement;
  const nodes = {} as Record<Name, Element>;
  for (const [name, path] of paths) {
    let node: Element = clone;
    for (const index of path) {
      node = node.firstElementChild!;
      for (let i = 0; i < index; i++) node = node.nextElementSibling!;
    }
    nodes[name] = node;
  }
  const card = nodes as unknown as CardNodes;
  card.img.addEventListener('error', onImageError);
  return card;
}

let tagBlueprint: HTMLElement | undefined;

/** A new tag item. */
export const cloneTag = () => (tagBlueprint ??= element('li', {part: 'tag'})).cloneNode() as HTMLElement;
