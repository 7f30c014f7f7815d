import * as v from 'valibot';
import {expected, image, localizedText, object, text, url} from '../core/schema-parts.js';

/** One contact person, as `<thamm-contact-badge>` renders it. */
export const contactSchema = object(
  {
    id: v.optional(text),
    name: localizedText,
    role: v.optional(localizedText),
    organization: v.optional(localizedText),
    // Checked strictly before any link is built from them (core/url-policy.ts).
    email: v.optional(text),
    phone: v.optional(text),
    url: v.optional(url),
    image: v.optional(image),
  },
  expected('a JSON object'),
);

export type Contact = v.InferOutput<typeof contactSchema>;
