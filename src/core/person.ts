import {html, type TemplateResult} from 'lit';
import type {LocalizedText} from './language.js';

export interface Person {
  name: LocalizedText;
  role?: LocalizedText;
  organization?: LocalizedText;
}

/**
 * A person's name, then "role, organisation" when given: the quote's speaker
 * and the contact. `text` renders content text in the element's language.
 */
export function person(who: Person, text: (text: LocalizedText) => unknown): TemplateResult {
  const about = [who.role, who.organization].filter((part) => part !== undefined);
  return html`<span class="who">
    <span class="name" part="name">${text(who.name)}</span>
    ${about.length
      ? html`<span class="role" part="role">${about.map((part, i) => html`${i ? ', ' : ''}${text(part)}`)}</span>`
      : ''}
  </span>`;
}
