import * as v from 'valibot';
import {expected, image, localizedText, object, text, url} from '../core/schema-parts.js';

/** The roles a strip groups partners by, in the order it shows the groups. */
export const PARTNER_ROLES = ['funder', 'implementer', 'government', 'partner'] as const;
export type PartnerRole = (typeof PARTNER_ROLES)[number];

/** A page of logos stays light: more partners than this is a content error. */
export const MAX_PARTNERS = 60;

const partner = object(
  {
    id: v.optional(text),
    name: localizedText,
    acronym: v.optional(localizedText),
    url: v.optional(url),
    logo: v.optional(image),
    role: v.optional(v.picklist(PARTNER_ROLES, `must be one of ${PARTNER_ROLES.join(', ')}`)),
  },
  expected('an object {name}'),
);

const partners = v.pipe(
  v.array(partner, expected('a list of partners')),
  v.maxLength(MAX_PARTNERS, `at most ${MAX_PARTNERS} partners`),
);

/** `{title?, partners}`, or the bare list of partners. */
export const partnerStripSchema = v.union(
  [object({title: v.optional(localizedText), partners}, expected('an object {partners}')), partners],
  expected('an object {partners} or a list of partners'),
);

export type Partner = v.InferOutput<typeof partner>;
export type PartnerStrip = v.InferOutput<typeof partnerStripSchema>;
