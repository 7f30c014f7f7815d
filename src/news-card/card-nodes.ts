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
    element('div', {class: 'media'}, element('img', {part: 'image', loading: 'lazy', decoding: 'async'})),
    element('div', {class: 'body', part: 'body'},
      element('h3', {part: 'title'}, element('a', {part: 'link'})),
      element('p', {class: 'kicker category', part: 'category'}),
      element('p', {class: 'meta', part: 'meta'}, element('time'), element('span', {part: 'location'})),
      element('p', {class: 'summary', part: 'summary'}),
      element('ul', {class: 'tags', part: 'tags'})));

/** A new card from the blueprint, with its nodes at hand. */
export function cloneCard(onImageError: (event: Event) => void): CardNodes {
  const article = (blueprint ??= makeBlueprint()).cloneNode(true) as HTMLElement;
  const [media, body] = article.children as unknown as [HTMLElement, HTMLElement];
  const img = media.firstElementChild as HTMLImageElement;
  img.addEventListener('error', onImageError);
  const [heading, category, meta, summary, tags] = body.children as unknown as HTMLElement[];
  const [time, location] = meta!.children as unknown as [HTMLTimeElement, HTMLElement];
  return {
    article, media, img, body, tags: tags!, category: category!, summary: summary!, time, location,
    heading: heading!, link: heading!.firstElementChild as HTMLAnchorElement,
  };
}

/** A new tag item. */
export const cloneTag = () => (tagBlueprint ??= element('li', {part: 'tag'})).cloneNode() as HTMLElement;
