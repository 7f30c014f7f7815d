/**
 * The comma between the parts of a phrase ("role, organisation", "title,
 * date") as the language writes it: «،» in the languages written in Arabic
 * script, a Latin comma elsewhere. Not Intl.ListFormat: that joins a list
 * with "et" / "و", where this is apposition. A plain function, so that
 * thamm-widgets/html (no Lit, no DOM) punctuates its fallbacks the same way.
 */
export const comma = (lang: string) => (/^(ar|fa|ur|ps|ckb)\b/i.test(lang) ? '، ' : ', ');
