import {html, type TemplateResult} from 'lit';

/** The elements that warned of their `heading-level`: once each, not at every render. */
const warned = new WeakSet<Element>();

/**
 * The element's `heading-level`: a whole number from 1 to 6, else `fallback`
 * (not a number, or 0), else the nearest level. A value other than the one used
 * warns once, naming the element and the attribute.
 */
export function headingLevel(element: Element & {headingLevel?: number | null}, fallback: number): number {
  const value = element.headingLevel;
  const level = Math.min(6, Math.max(1, Math.trunc(value!) || fallback));
  if (value != null && value !== level && !warned.has(element)) {
    warned.add(element);
    console.warn(`<${element.localName}> heading-level: ${value} is not 1 to 6; ${level} used`);
  }
  return level;
}

/**
 * A real `<h1>`–`<h6>` at the level the page asks for, so the widget fits the
 * page's outline. One static template per level keeps them cacheable, and
 * each updates in place when the element re-renders. Styles select it by part.
 */
export function heading(level: number, part: string, content: unknown): TemplateResult {
  switch (level) {
    case 1: return html`<h1 part=${part}>${content}</h1>`;
    case 2: return html`<h2 part=${part}>${content}</h2>`;
    case 3: return html`<h3 part=${part}>${content}</h3>`;
    case 4: return html`<h4 part=${part}>${content}</h4>`;
    case 5: return html`<h5 part=${part}>${content}</h5>`;
    default: return html`<h6 part=${part}>${content}</h6>`;
  }
}
