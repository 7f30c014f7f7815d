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
 * page's outline. One template per level (constant strings, made here once,
 * so they are cached like literals), each updated in place on re-render.
 */
const levels = [1, 2, 3, 4, 5, 6].map((n) => Object.assign([`<h${n} part=`, '>', `</h${n}>`], {raw: []}));

export const heading = (level: number, part: string, content: unknown): TemplateResult =>
  html(levels[level - 1] as unknown as TemplateStringsArray, part, content);
