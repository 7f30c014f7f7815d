/**
 * Quotation marks as each language typesets them: French « » with narrow
 * no-break spaces, English “ ”, Arabic « » with no spaces (written in logical
 * order; the bidi algorithm mirrors them in right-to-left text).
 */
const MARKS: Record<string, readonly [string, string]> = {
  fr: ['«\u202F', '\u202F»'],
  ar: ['«', '»'],
  en: ['“', '”'],
  de: ['„', '“'],
};

export function quotationMarks(lang: string): readonly [string, string] {
  return MARKS[lang.split('-')[0].toLowerCase()] ?? MARKS.en;
}
