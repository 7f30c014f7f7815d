import {image, localizedText, text, url, type Image, type LocalizedText} from '../core/schema-parts.js';
import {object, optional, type Schema} from '../core/schema.js';

/** One contact person, as `<thamm-contact-badge>` renders it. */
export interface Contact {
  /** The CMS's identifier; not shown. */
  id?: string;
  name: LocalizedText;
  role?: LocalizedText;
  organization?: LocalizedText;
  /** Linked with `mailto:` only when it is a plain address. */
  email?: string;
  /** Linked with `tel:` only when it is a plain phone number. */
  phone?: string;
  url?: string;
  image?: Image;
}

export const contactSchema: Schema<Contact> = object<Contact>(
  {
    id: optional(text),
    name: localizedText,
    role: optional(localizedText),
    organization: optional(localizedText),
    // Checked strictly before any link is built from them (core/url-policy.ts).
    email: optional(text),
    phone: optional(text),
    url: optional(url),
    image: optional(image),
  },
  'a JSON object',
);
