/**
 * What each object and field of the content model means, for the people who
 * write content: the published JSON Schema's `title`, `description` and
 * `examples` (so an editor shows them on hover) and docs/content.md.
 *
 * Kept out of the schemas themselves on purpose: nothing the elements import
 * reads this module, so not one byte of it reaches dist/thamm-widgets.js.
 * json-schema.ts fails when a field of the schemas has no entry here.
 */

/** The help for one object or field. */
export interface Doc {
  title: string;
  description: string;
  /** Valid values; test/node/schema-docs.test.js checks each against its field's schema. */
  examples?: unknown[];
  /** For an object: the help for each of its fields. */
  fields?: Record<string, Doc>;
}

const ar = (fr: string, en: string, arabic: string) => ({fr, en, ar: arabic});

const id = (example: string): Doc => ({
  title: 'Identifier',
  description: 'The CMS’s own identifier for this item. Never shown; useful to find the item again.',
  examples: [example],
});

const altText: Doc = {
  title: 'Text alternative',
  description: 'What the image shows, for people who cannot see it. An empty string marks a decorative image, which screen readers skip.',
  examples: [ar('La cérémonie de lancement à Rabat', 'The launch ceremony in Rabat', 'حفل الإطلاق بالرباط'), ''],
};

/** Image, used by news items, quotes' speakers, partners' logos and contacts. */
const image: Doc = {
  title: 'Image',
  description: 'A picture: where it is and what it shows. Width and height (in pixels, of the file) let the page reserve its space before it loads.',
  examples: [{src: 'images/thamm-launch.svg', alt: ar('La cérémonie de lancement', 'The launch ceremony', 'حفل الإطلاق'), width: 1200, height: 675}],
  fields: {
    src: {
      title: 'Image URL',
      description: 'Where the image file is: an absolute https: URL, or a path relative to the content file (`images/launch.jpg`). `data:image/…` URLs are accepted too; any other scheme is dropped.',
      examples: ['images/thamm-launch.svg', 'https://www.example.org/media/launch.jpg'],
    },
    alt: altText,
    width: {title: 'Width', description: 'The image file’s width in pixels. With `height`, keeps the layout still while the image loads.', examples: [1200]},
    height: {title: 'Height', description: 'The image file’s height in pixels.', examples: [675]},
  },
};

const localizedText: Doc = {
  title: 'Text in one or more languages',
  description:
    'Either a plain string (in the language named by the bundle’s `lang`), or an object from language tags to text: `{"fr": "…", "en": "…", "ar": "…"}`. The element shows the variant of the page’s language, else of its base language, else of the bundle’s `lang`, else the first.',
  examples: [ar('Actualité', 'News', 'أخبار'), 'THAMM'],
};

/** Text fields: LocalizedText with their own title and description. */
const textField = (title: string, description: string, example: unknown): Doc => ({title, description, examples: [example]});

const link = (title: string, description: string, example = 'https://www.ilo.org/'): Doc => ({title, description, examples: [example]});

const newsItem: Doc = {
  title: 'News item',
  description: 'One news article, as `<thamm-news-card>` shows it: a card with the image, title (a link to the article when `url` is set), category, date, place, summary and tags.',
  examples: [
    {
      title: ar('Lancement officiel du programme THAMM au Maroc', 'Official launch of the THAMM programme in Morocco', 'الإطلاق الرسمي لبرنامج تهام في المغرب'),
      date: '2020-10-15',
      url: 'https://www.ilo.org/',
    },
  ],
  fields: {
    id: id('thamm-launch-morocco-2020'),
    title: textField('Title', 'The headline. It is the card’s heading, and its link to the article when `url` is set.', ar('Lancement officiel du programme THAMM au Maroc', 'Official launch of the THAMM programme in Morocco', 'الإطلاق الرسمي لبرنامج تهام في المغرب')),
    date: {
      title: 'Date',
      description: 'When the news was published, in ISO 8601: `2020-10-15`, or with a time and offset `2020-10-15T09:30:00+01:00`. Shown in the page’s language (“15 octobre 2020”); lists are sorted by it, newest first.',
      examples: ['2020-10-15', '2021-03-02T09:30:00+01:00'],
    },
    category: textField('Category', 'A short kicker above the title: “News”, “Event”, “Publication”.', ar('Actualité', 'News', 'أخبار')),
    summary: textField('Summary', 'One or two sentences under the title. Plain text: no HTML or Markdown.', ar('Le programme a été lancé le 14 octobre 2020 à Rabat.', 'The programme was launched in Rabat on 14 October 2020.', 'أُطلق البرنامج يوم 14 أكتوبر 2020 بالرباط.')),
    url: link('Article URL', 'The full article. The title links there (the whole card is clickable). Only http: and https: links are kept.'),
    image: {...image, title: 'Picture', description: 'The card’s picture, shown above the text (beside it on wide cards).'},
    location: textField('Place', 'Where it happened, shown after the date.', ar('Rabat, Maroc', 'Rabat, Morocco', 'الرباط، المغرب')),
    tags: {
      title: 'Tags',
      description: 'Keywords shown under the summary. `<thamm-news-list tag="…">` shows only items with that tag, in any of its languages.',
      examples: [[ar('Mobilité', 'Mobility', 'التنقل'), 'THAMM']],
    },
  },
};

const person = (name: string, role: Doc): Record<string, Doc> => ({
  name: textField('Name', 'The person’s full name.', name),
  role,
  organization: textField('Organisation', 'The organisation the person speaks for or works at.', ar('OIT', 'ILO', 'منظمة العمل الدولية')),
});

const quote: Doc = {
  title: 'Quote',
  description: 'Words someone said, and who said them, as `<thamm-quote>` shows them.',
  examples: [{text: ar('Migrer par choix et non par nécessité', 'To migrate by choice, not out of necessity', 'الهجرة عن اختيار لا عن ضرورة'), author: {name: 'Rania Bikhazi'}}],
  fields: {
    id: id('bikhazi-protection'),
    text: textField('Quoted words', 'The words quoted, without quotation marks: the element adds those of the language (« » in French, “ ” in English).', ar('Migrer par choix et non par nécessité', 'To migrate by choice, not out of necessity', 'الهجرة عن اختيار لا عن ضرورة')),
    author: {
      title: 'Speaker',
      description: 'Who said it: a name, and optionally a role, an organisation and a portrait.',
      examples: [{name: 'Rania Bikhazi', organization: ar('OIT', 'ILO', 'منظمة العمل الدولية')}],
      fields: {
        ...person('Rania Bikhazi', textField('Role', 'The speaker’s position, shown under the name.', ar('Directrice du Bureau de l’OIT à Alger', 'Director of the ILO Office in Algiers', 'مديرة مكتب منظمة العمل الدولية بالجزائر'))),
        image: {...image, title: 'Portrait', description: 'A photo of the speaker, shown beside the name. Its `alt` may be empty: the name is next to it.'},
      },
    },
    topic: textField('Topic', 'A short kicker above the quote.', ar('Protection', 'Protection', 'الحماية')),
    date: {title: 'Date', description: 'When the words were said, in ISO 8601 (`2020-10-14`).', examples: ['2020-10-14']},
    source: {
      title: 'Source',
      description: 'Where the words were published: a link under the quote.',
      examples: [{url: 'https://www.ilo.org/', label: ar('Lire l’article', 'Read the article', 'اقرأ المقال')}],
      fields: {
        url: link('Source URL', 'The page the quote comes from.'),
        label: textField('Link text', 'The link’s text; the source’s address when absent.', ar('Lire l’article', 'Read the article', 'اقرأ المقال')),
      },
    },
  },
};

const partner: Doc = {
  title: 'Partner',
  description: 'One organisation of the programme: its logo (or its acronym in a badge), linked to its site, in the group of its role.',
  examples: [{name: ar('Organisation internationale du Travail', 'International Labour Organization', 'منظمة العمل الدولية'), acronym: ar('OIT', 'ILO', 'منظمة العمل الدولية'), role: 'implementer', url: 'https://www.ilo.org/'}],
  fields: {
    id: id('ilo'),
    name: textField('Name', 'The organisation’s full name: the logo’s text alternative.', ar('Organisation internationale du Travail', 'International Labour Organization', 'منظمة العمل الدولية')),
    acronym: textField('Acronym', 'Shown in a badge when there is no logo, or it fails to load.', ar('OIT', 'ILO', 'م.ع.د')),
    url: link('Website', 'The organisation’s site: the logo links there.'),
    logo: {...image, title: 'Logo', description: 'The organisation’s logo. Its text alternative is the partner’s name, so `alt` may be empty.'},
    role: {
      title: 'Role',
      description: 'The group the partner is shown in: `funder`, `implementer` (implementing agency), `government` (government partner) or `partner` (the default).',
      examples: ['funder', 'implementer'],
    },
  },
};

const stripTitle = textField('Heading', 'The heading above the group, shown when present.', ar('Nos partenaires', 'Our partners', 'شركاؤنا'));

const partnerStrip: Doc = {
  title: 'Partner strip',
  description: 'The partners `<thamm-partner-strip>` shows, grouped by role: `{title?, partners}`, or the bare list of partners.',
  examples: [{title: ar('Nos partenaires', 'Our partners', 'شركاؤنا'), partners: [{name: 'Enabel', role: 'implementer'}]}],
  fields: {
    title: stripTitle,
    partners: {title: 'Partners', description: 'The organisations, in the order they are shown within their group. At most 60.', examples: [[{name: 'Enabel', role: 'implementer'}]]},
  },
};

const contact: Doc = {
  title: 'Contact',
  description: 'One contact person, as `<thamm-contact-badge>` shows them: name, role, organisation, e-mail (with a copy button), phone, website, and a vCard download.',
  examples: [{name: 'Abderrahim Amraoui', role: ar('Coordinateur national du projet', 'National Project Coordinator', 'المنسق الوطني للمشروع'), email: 'amraoui@ilo.org'}],
  fields: {
    id: id('amraoui'),
    ...person('Abderrahim Amraoui', textField('Role', 'The person’s position, shown under the name.', ar('Coordinateur national du projet', 'National Project Coordinator', 'المنسق الوطني للمشروع'))),
    email: {title: 'E-mail', description: 'A plain e-mail address. It becomes a `mailto:` link only when it has no `?`, `&`, `#`, `%`, `,` or spaces; otherwise it is shown as text.', examples: ['amraoui@ilo.org']},
    phone: {title: 'Phone', description: 'A phone number, international format preferred. It becomes a `tel:` link when it is a plain number; otherwise it is shown as text.', examples: ['+212 5 37 00 00 00']},
    url: link('Website', 'A page about the person or their office; the link shows its host name.'),
    image: {...image, title: 'Photo', description: 'A photo of the person; without one, their initials, or a person glyph for a name in a script without capitals (Arabic).'},
  },
};

const more: Doc = {
  title: 'More news link',
  description: 'A link under the list to all the news.',
  examples: [{url: 'https://www.ilo.org/', label: ar('Toutes les actualités', 'All news', 'كل الأخبار')}],
  fields: {
    url: link('URL', 'The page with all the news.'),
    label: textField('Link text', 'The link’s text; “Toutes les actualités” (in the page’s language) when absent.', ar('Toutes les actualités', 'All news', 'كل الأخبار')),
  },
};

const newsList: Doc = {
  title: 'News list',
  description: 'The news `<thamm-news-list>` shows, newest first: `{title?, items, more?}`, or the bare list of news items (a bundle’s `#/news`).',
  examples: [{title: ar('Actualités', 'News', 'أخبار'), items: [{title: 'THAMM', date: '2020-10-15'}]}],
  fields: {
    title: textField('Heading', 'The heading above the list, shown when present.', ar('Actualités THAMM', 'THAMM news', 'أخبار تهام')),
    items: {title: 'News items', description: 'The news, in any order: the list sorts them by date. At most 500.', examples: [[{title: 'THAMM', date: '2020-10-15'}]]},
    more,
  },
};

const bundle: Doc = {
  title: 'THAMM content bundle',
  description:
    'What a CMS exports for thamm-widgets: every kind of content in one JSON file. Each element shows one part of it, chosen with a JSON Pointer: `thamm.json#/news/0`, `#/news`, `#/quotes/1`, `#/partners`, `#/contacts/0`.',
  fields: {
    $schema: {
      title: 'JSON Schema',
      description: 'Where editors find this schema, for help and checks as you type: `./node_modules/thamm-widgets/dist/schema/thamm-content.schema.json`, or a copy published next to the content. The elements ignore it.',
      examples: ['./node_modules/thamm-widgets/dist/schema/thamm-content.schema.json'],
    },
    lang: {
      title: 'Language of plain strings',
      description: 'The BCP 47 language tag (`fr`, `en`, `ar`, `ar-MA`) of the bundle’s plain strings, so an element on a page in another language can still mark them up in theirs.',
      examples: ['fr'],
    },
    news: {title: 'News', description: 'The news items. `#/news/<i>` is one item, for `<thamm-news-card>`; `#/news` is the list, for `<thamm-news-list>`.', examples: [[newsItem.examples![0]]]},
    quotes: {title: 'Quotes', description: 'The quotes. `#/quotes/<i>` is one, for `<thamm-quote>`.', examples: [[quote.examples![0]]]},
    partners: {title: 'Partners', description: 'The programme’s partners, for `<thamm-partner-strip>` (`#/partners`).', examples: [partnerStrip.examples![0]]},
    contacts: {title: 'Contacts', description: 'The contact people. `#/contacts/<i>` is one, for `<thamm-contact-badge>`.', examples: [[contact.examples![0]]]},
  },
};

/** The help for the bundle, and for each named part of the published schema (its `$defs`). */
export const FIELD_DOCS = {bundle, NewsItem: newsItem, Quote: quote, PartnerStrip: partnerStrip, Partner: partner, Contact: contact, NewsList: newsList, LocalizedText: localizedText, Image: image};
