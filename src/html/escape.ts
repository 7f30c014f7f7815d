/**
 * Escaping for HTML written as text (a snippet, a template), not built with
 * DOM calls: every content string goes through one of these.
 */

/** Text between tags: `&`, `<` and `>` as character references. */
export const escapeText = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A double-quoted attribute value: also `"`. */
export const escapeAttribute = (value: string) => escapeText(value).replace(/"/g, '&quot;');

/**
 * JSON that is safe inside `<script type="application/json">`: every `<`
 * written as `\u003c` (the same string once parsed), so neither `</script>`
 * nor `<!--` can end or change the script early.
 */
export const inlineJson = (data: unknown, indent = 2) => JSON.stringify(data, null, indent).replace(/</g, '\\u003c');
