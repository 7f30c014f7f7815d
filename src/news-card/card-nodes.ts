import {element} from '../core/dom.js';

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

let blueprint: HTMLElement | undefined;
let tagBlueprint: HTMLElement | undefined;

/** The card's markup, made once with DOM calls (nothing for Trusted Types to check). */
const makeBlueprint = () =>
  element('article', {part: 'card'},
    element('div', {class: 'media'}, element('img', {part: 'image', alt: '', loading: 'lazy', decoding: 'async'})),
    element('div', {class: 'body', part: 'body'},
      element('h3', {part: 'title'}, element('a', {part: 'link'})),
      element('p', {class: 'kicker category', part: 'category'}),
      element('p', {class: 'meta', part: 'meta'}, element('time'), element('span', {part: 'location'})),
      element('p', {class: 'summary', part: 'summary'}),
      element('ul', {class: 'tags', part: 'tags'})));

/** The next element; the blueprint says it exists. */
const next = (node: Element) => node.nextElementSibling as HTMLElement;
const first = (node: Element) => node.firstElementChild as HTMLElement;

/**
 * A new card from the blueprint, with its nodes at hand. Found by walking
 * siblings, not with `children`: each HTMLCollection would stay cached on its
 * node, about 0.4 KiB per collection and card.
 */
export function cloneCard(onImageError: (event: Event) => void): CardNodes {
  const article = (blueprint ??= makeBlueprint()).cloneNode(true) as HTMLElement;
  const media = first(article);
  const img = first(media) as HTMLImageElement;
  img.addEventListener('error', onImageError);
  const body = next(media);
  const heading = first(body);
  const category = next(heading);
  const meta = next(category);
  const summary = next(meta);
  const time = first(meta) as HTMLTimeElement;
  return {
    article, media, img, body, heading, category, time, summary,
    link: first(heading) as HTMLAnchorElement,
    location: next(time),
    tags: next(summary),
  };
}

/** A new tag item. */
export const cloneTag = () => (tagBlueprint ??= element('li', {part: 'tag'})).cloneNode() as HTMLElement;
