import {image, localizedText, text, url, type Image, type LocalizedText} from '../core/schema-parts.js';
import {array, object, oneOf, optional, union, type Schema} from '../core/schema.js';

/** The roles a strip groups partners by, in the order it shows the groups. */
export const PARTNER_ROLES = ['funder', 'implementer', 'government', 'partner'] as const;
export type PartnerRole = (typeof PARTNER_ROLES)[number];

/** A page of logos stays light: more partners than this is a content error. */
export const MAX_PARTNERS = 60;

/** One organisation of the programme. */
export interface Partner {
  /** The CMS's identifier; not shown. */
  id?: string;
  /** The full name: the logo's text alternative. */
  name: LocalizedText;
  /** Shown in a badge when there is no logo, or it fails to load. */
  acronym?: LocalizedText;
  url?: string;
  logo?: Image;
  /** The group it is shown in; `partner` when absent. */
  role?: PartnerRole;
}

/** `{title?, partners}`, or the bare list of partners. */
export type PartnerStrip = {title?: LocalizedText; partners: Partner[]} | Partner[];

export const partnerSchema = object<Partner>(
  {
    id: optional(text),
    name: localizedText,
    acronym: optional(localizedText),
    url: optional(url),
    logo: optional(image),
    role: optional(oneOf(PARTNER_ROLES)),
  },
  'an object {name}',
);

const partners = array(partnerSchema, 'a list of partners', MAX_PARTNERS, `at most ${MAX_PARTNERS} partners`);

export const partnerStripSchema: Schema<PartnerStrip> = union<PartnerStrip>(
  [object({title: optional(localizedText), partners}, 'an object {partners}'), partners],
  'an object {partners} or a list of partners',
);
