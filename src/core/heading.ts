/** A heading level from an attribute: a whole number from 1 to 6, else `fallback`. */
export const headingLevel = (value: number, fallback: number) =>
  Math.min(6, Math.max(1, Math.trunc(value) || fallback));

/**
 * A real `<h1>`–`<h6>` at the level the page asks for, so the widget fits the
 * page's outline. Made with DOM calls, not a template per level: in a feed,
 * a nested template would cost every card a template instance and two parts.
 * Lit renders the element like any other child value.
 */
export function heading(level: number, part: string, content: string | Node): HTMLHeadingElement {
  const element = document.createElement(`h${headingLevel(level, 2)}`) as HTMLHeadingElement;
  element.setAttribute('part', part);
  element.append(content);
  return element;
}
