/** What goes into a vCard, as plain text already in the reader's language. */
export interface VCardFields {
  name: string;
  role?: string;
  organization?: string;
  email?: string;
  /** A `tel:` URI. */
  tel?: string;
  url?: string;
}

/** RFC 6350 §3.4: backslash, comma, semicolon and newlines are escaped in text values. */
export const escapeText = (value: string) =>
  value.replace(/[\\,;]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');

/** Octets of one code point in UTF-8 (a lone surrogate becomes U+FFFD: 3). */
const utf8Length = (codePoint: number) => (codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4);

/** RFC 6350 §3.2: lines longer than 75 octets are folded, never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    // Counted, not encoded: a TextEncoder call per character made every render of a badge slow.
    const size = utf8Length(char.codePointAt(0)!);
    // Continuation lines start with a space, which counts towards their 75.
    if (octets + size > 75) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n');
}

/**
 * Lone surrogates made well-formed (U+FFFD): a vCard is UTF-8, and
 * encodeURIComponent throws on them.
 */
export const wellFormed = (value: string) =>
  // Pairs match first and stay; no lookbehind, which Safari before 16.4 cannot even parse.
  value.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDFFF]/g, (unit) => (unit.length > 1 ? unit : '\uFFFD'));

/** A vCard 4.0 (RFC 6350) for one contact, with CRLF line endings. */
export function toVCard(fields: VCardFields): string {
  const lines = [
    'BEGIN:VCARD',
    'VERSION:4.0',
    `FN:${escapeText(fields.name)}`,
    fields.role && `TITLE:${escapeText(fields.role)}`,
    // ORG is a list of units separated by `;`: the name is one unit.
    fields.organization && `ORG:${escapeText(fields.organization)}`,
    fields.email && `EMAIL:${escapeText(fields.email)}`,
    fields.tel && `TEL;VALUE=uri:${fields.tel}`,
    fields.url && `URL:${fields.url}`,
    'END:VCARD',
  ];
  return wellFormed(`${lines.filter(Boolean).map((line) => foldLine(line as string)).join('\r\n')}\r\n`);
}
