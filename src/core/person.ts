import {html, type TemplateResult} from 'lit';
import type {LocalizedText} from './language.js';
import {comma} from './punctuation.js';

export interface Person {
  name: LocalizedText;
  role?: LocalizedText;
  organization?: LocalizedText;
}

/**
 * A person's name, then "role, organisation" when given: the quote's speaker
 * and the contact, punctuated as `lang` writes it («،» in Arabic). `text`
 * renders content text in the element's language; a part in another language
 * comes in its own `dir`, isolated, so the comma stays where the element's
 * direction puts it.
 */
export function person(who: Person, text: (text: LocalizedText) => unknown, lang: string): TemplateResult {
  const about = [who.role, who.organization].filter((part) => part !== undefined);
  return html`<span class="who">
    <span class="name" part="name">${text(who.name)}</span>
    ${about.length
      ? html`<span class="role" part="role">${about.map((part, i) => html`${i ? comma(lang) : ''}${text(part)}`)}</span>`
      : ''}
  </span>`;
}
