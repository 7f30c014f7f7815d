import type {TextPart} from '../core/language.js';

/**
 * An element made with DOM calls: no HTML parsing, so nothing for a Trusted
 * Types policy to check. For blueprints made once and then cloned.
 */
export function element(tag: string, attributes: Record<string, string> = {}, ...children: Node[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** Puts text (a string, or a span carrying its own `lang`) into `node`, writing only what changed. */
export function setText(node: Element, text: string | Node) {
  if (typeof text !== 'string') node.replaceChildren(text);
  else if (node.textContent !== text || node.firstElementChild) node.textContent = text;
}

/** Sets an attribute, or removes it when `value` is undefined, writing only on change. */
export function setAttribute(node: Element, name: string, value: string | undefined) {
  if (value === undefined) node.removeAttribute(name);
  else if (node.getAttribute(name) !== value) node.setAttribute(name, value);
}

/** Content text for a node: a string, or a span with its own `lang` and `dir` where it fell back to another language. */
export function textNode({value, lang, dir}: TextPart): string | HTMLSpanElement {
  if (!lang) return value;
  return element('span', {lang, dir: dir ?? 'auto'}, document.createTextNode(value)) as HTMLSpanElement;
}
