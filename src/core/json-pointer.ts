/**
 * Resolves an RFC 6901 JSON Pointer ("/news/0", "/a~1b" for the key "a/b",
 * "/m~0n" for "m~n"). Returns undefined when nothing is at the pointer.
 * Only own properties count, so "/constructor" or "/__proto__" never reach
 * a prototype.
 */
export function resolvePointer(document: unknown, pointer: string): unknown {
  if (pointer === '') return document;
  if (!pointer.startsWith('/')) return undefined;
  let value = document;
  for (const token of pointer.slice(1).split('/')) {
    const key = token.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(value)) {
      if (!/^(0|[1-9]\d*)$/.test(key)) return undefined;
      value = value[Number(key)];
    } else if (value !== null && typeof value === 'object' && Object.hasOwn(value, key)) {
      value = (value as Record<string, unknown>)[key];
    } else {
      return undefined;
    }
    if (value === undefined) return undefined;
  }
  return value;
}
