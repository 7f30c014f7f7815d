import {html, type PropertyValues} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {ImageFailures} from '../core/image-failures.js';
import {keepImage, keepUrl, put} from '../core/keep-url.js';
import {str} from '../core/localize.js';
import {person} from '../core/person.js';
import {ThammElement} from '../core/thamm-element.js';
import {mailtoHref, telHref} from '../core/url-policy.js';
import {contactSchema, type Contact} from './contact.schema.js';
import {toVCard} from './vcard.js';
import {styles} from './contact-badge.styles.js';

/**
 * One contact person: photo or initials, name, role and organisation, and the
 * ways to reach them — an e-mail link with a copy button, a phone link, a web
 * link — plus a vCard to add them to an address book, made in the browser.
 *
 * @summary A contact card for THAMM contact persons.
 * @tagname thamm-contact-badge
 *
 * @slot - Fallback content: shown before the element is defined and when its content cannot be loaded.
 *
 * @fires thamm-load - The content is valid and rendered. `detail` is the content object.
 * @fires thamm-error - The content could not be loaded or is invalid. `detail.message` names the field or the failure.
 *
 * @csspart card - The `<address>`.
 * @csspart avatar - The photo, or the initials in its place (a person glyph where the name's script has no capitals).
 * @csspart name - The person's name.
 * @csspart role - Role and organisation.
 * @csspart email - The e-mail link (the address is its visible text).
 * @csspart copy - The button that copies the address.
 * @csspart phone - The phone link.
 * @csspart url - The web link.
 * @csspart vcard - The "add to contacts" download.
 * @csspart error - The message shown on error when there is no fallback content.
 *
 * @cssprop --thamm-color-text - Text colour.
 * @cssprop --thamm-color-muted - Role and status text.
 * @cssprop --thamm-color-surface - Background, and the initials' text.
 * @cssprop --thamm-color-accent - Links, buttons and the initials' background.
 * @cssprop --thamm-color-border - Border.
 * @cssprop --thamm-color-focus - Focus ring.
 * @cssprop --thamm-font-family - Font; the page's by default.
 * @cssprop --thamm-font-size - Base size; `16px` by default, whatever the page's root size.
 * @cssprop --thamm-radius - Corner radius.
 * @cssprop --thamm-spacing - Inner spacing.
 */
export class ThammContactBadge extends ThammElement<Contact> {
  static override styles = [ThammElement.styles, styles];
  static override properties = {copyStatus: {state: true}};

  protected override readonly schema = contactSchema;

  /** What the copy button last did, for its status message. */
  private copyStatus: 'idle' | 'copied' | 'failed' = 'idle';

  private readonly images = new ImageFailures(this);

  protected override sanitize(contact: Contact): Contact {
    const context = this.urlContext();
    if (contact.email && !mailtoHref(contact.email)) {
      this.warn('email: not a plain e-mail address; no link made');
      delete contact.email;
    }
    // Kept: a number with letters ("+212 5 37 ABC") is still shown, as text.
    if (contact.phone && !telHref(contact.phone)) this.warn('phone: not a phone number; no link made');
    put(contact, 'url', keepUrl(contact.url, 'url', context));
    put(contact, 'image', keepImage(contact.image, 'image', context));
    return contact;
  }

  protected override willUpdate(changed: PropertyValues) {
    super.willUpdate(changed);
    // A status about the previous contact's address would mislead.
    if (changed.has('content')) this.copyStatus = 'idle';
  }

  protected override renderContent(contact: Contact) {
    const name = this.plainText(contact.name);
    const photo = this.images.shown(contact.image);
    return html`<address part="card">
      <span class="avatar" part="avatar" aria-hidden="true">${photo
        ? html`<img src=${photo.src} alt="" width="56" height="56" loading="lazy" decoding="async"
            @error=${this.images.handleError}>`
        : initials(name, this.language.lang)}</span>
      ${person(contact, (text) => this.text(text), this.language.lang)}
      <ul class="channels">
        ${contact.email ? this.renderEmail(contact.email, name) : ''}
        ${contact.phone
          ? html`<li><a part="phone" href=${ifDefined(telHref(contact.phone))} dir="ltr">${contact.phone}</a></li>`
          : ''}
        ${contact.url ? html`<li><a part="url" href=${contact.url}>${new URL(contact.url).host}</a></li>` : ''}
        <li>
          <a class="vcard" part="vcard" download=${fileName(name)}
            href=${`data:text/vcard;charset=utf-8,${encodeURIComponent(this.vCard(contact, name))}`}>${this.msg(
              'Ajouter aux contacts',
              {id: 'contact.vcard', desc: 'Link that downloads the contact as a vCard file for an address book.'},
            )}</a>
        </li>
      </ul>
    </address>`;
  }

  protected override renderPlaceholder() {
    return html`<address part="card" aria-hidden="true">
      <span class="avatar placeholder-block"></span>
      <span class="who"><span class="placeholder-block placeholder-line"></span></span>
      <ul class="channels"><li class="placeholder-block placeholder-line"></li></ul>
    </address>`;
  }

  private renderEmail(email: string, name: string) {
    const status = {
      idle: '',
      copied: this.msg('Adresse copiée', {id: 'contact.copied', desc: 'Announced once the e-mail address is on the clipboard.'}),
      failed: this.msg('Copie impossible : sélectionnez l’adresse', {id: 'contact.copy-failed', desc: 'Announced when the browser refused to copy; the reader can still select the address.'}),
    }[this.copyStatus];
    return html`<li>
      <a part="email" href=${mailtoHref(email)!} dir="ltr"><span class="visually-hidden">${this.msg(
        str`Écrire à ${name}`,
        {id: 'contact.email', desc: 'Hidden start of the e-mail link\'s accessible name; the visible address follows.'},
      )} : </span>${email}</a>
      <button part="copy" type="button" @click=${this.handleCopy}>${this.msg('Copier l’adresse', {id: 'contact.copy', desc: 'Button that copies the e-mail address to the clipboard.'})}</button>
      <span class="status" role="status">${status}</span>
    </li>`;
  }

  private vCard(contact: Contact, name: string) {
    return toVCard({
      name,
      role: contact.role && this.plainText(contact.role),
      organization: contact.organization && this.plainText(contact.organization),
      email: contact.email,
      tel: contact.phone && telHref(contact.phone),
      url: contact.url,
    });
  }

  private async handleCopy() {
    const email = this.content?.email;
    try {
      if (!email || !navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(email);
      this.copyStatus = 'copied';
    } catch {
      this.copyStatus = 'failed';
    }
  }
}

/**
 * "Abderrahim Amraoui" → "AA": the first letters of the first and last words,
 * where the script has capitals. Elsewhere (Arabic, Hebrew, Chinese…) initials
 * are no convention, and joined Arabic letters ("عع") read as a non-word: "".
 */
export function initials(name: string, lang: string): string {
  // The first letter of the first word, and of the last when there are two or more.
  const letters = name.replace(/^\s*(\S)(?:.*\s(\S))?.*$/su, '$1$2');
  let upper = letters.toUpperCase();
  try {
    upper = letters.toLocaleUpperCase(lang);
  } catch {
    // A malformed `lang`: the letters stay upper-cased without a locale.
  }
  return /^\p{Lu}+$/u.test(upper) ? upper : '';
}

/** A file name for the vCard: the name in ASCII letters, else "contact". */
function fileName(name: string) {
  const ascii = name.normalize('NFKD').replace(/[^\w-]+/g, '-').replace(/^-+|-+$/g, '').toLowerCase();
  return `${ascii || 'contact'}.vcf`;
}

declare global {
  interface HTMLElementTagNameMap {
    'thamm-contact-badge': ThammContactBadge;
  }
}
