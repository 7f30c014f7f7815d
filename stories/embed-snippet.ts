/**
 * The HTML a partner web team pastes for a story: the script tag, the element
 * with the story's attributes, and its content as inline JSON. Made from the
 * story's args, so it always matches what the canvas shows.
 */

/** Where a site serves the one-file bundle; the README explains how to host it. */
export const BUNDLE_URL = '/assets/thamm-widgets.js';

// Args that are not attributes of the element.
const NOT_ATTRIBUTES = new Set(['data', 'fallback']);

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
const escapeText = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** JSON that is safe inside <script>: `<` written as \u003c, so `</script>` cannot end it early. */
export const inlineJson = (data: unknown) => JSON.stringify(data, null, 2).replace(/</g, '\\u003c');

export function embedSnippet(tag: string, args: Record<string, unknown>): string {
  const attributes = Object.entries(args)
    // Storybook adds event handlers (onThammLoad…) to the args: they are not markup.
    .filter(([name, value]) => !NOT_ATTRIBUTES.has(name) && typeof value !== 'function' && typeof value !== 'object')
    .filter(([, value]) => value !== undefined && value !== false && value !== '')
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeAttribute(String(value))}"`))
    .join('');
  const body: string[] = [];
  if (args.data !== undefined) {
    const json = inlineJson(args.data).replace(/\n/g, '\n    ');
    body.push(`  <script type="application/json">\n    ${json}\n  </script>`);
  }
  if (typeof args.fallback === 'string' && args.fallback) body.push(`  <p>${escapeText(args.fallback)}</p>`);
  return [
    `<script type="module" src="${BUNDLE_URL}"></script>`,
    '',
    `<${tag}${attributes}>`,
    ...body,
    `</${tag}>`,
  ].join('\n');
}
