/**
 * Sample content for the stories and the tests: one definition, so what
 * designers see in Storybook is what the tests check. The seed article's own
 * content is in content/thamm-seed.json, which stories load through `src`.
 */
import type {NewsItem} from '../src/news-card/news-item.schema.js';

/** Where the seed bundle is served, relative to the page (Storybook and the test runner both serve content/). */
export const SEED = 'content/thamm-seed.json';

/** Text in the three languages of the toolbar: what a CMS exports. */
export const t = (fr: string, en: string, ar: string) => ({fr, en, ar});

/** A valid news item with every field, in fr, en and ar. */
export const newsItem = (overrides: Partial<Record<keyof NewsItem, unknown>> = {}) => ({
  id: 'launch',
  title: t('Lancement officiel du programme THAMM au Maroc', 'Official launch of the THAMM programme in Morocco', 'الإطلاق الرسمي لبرنامج تهام في المغرب'),
  date: '2020-10-15',
  category: t('Actualité', 'News', 'أخبار'),
  summary: t('Le programme a été lancé le 14 octobre 2020 à Rabat.', 'The programme was launched in Rabat on 14 October 2020.', 'أُطلق البرنامج يوم 14 أكتوبر 2020 بالرباط.'),
  url: 'https://example.org/thamm',
  image: {src: 'content/images/thamm-launch.svg', alt: t('La cérémonie de lancement', 'The launch ceremony', 'حفل الإطلاق'), width: 1200, height: 675},
  location: t('Rabat, Maroc', 'Rabat, Morocco', 'الرباط، المغرب'),
  tags: ['THAMM', t('Migration', 'Migration', 'الهجرة'), t('Maroc', 'Morocco', 'المغرب')],
  ...overrides,
});

/** A valid quote with every field. */
export const quote = (overrides: Record<string, unknown> = {}) => ({
  id: 'q1',
  text: {fr: 'Migrer par choix et non par nécessité', en: 'To migrate by choice, not out of necessity', ar: 'الهجرة عن اختيار لا عن ضرورة'},
  author: {
    name: 'Rania Bikhazi',
    role: {fr: 'Directrice du Bureau de l’OIT à Alger', en: 'Director of the ILO Office in Algiers', ar: 'مديرة مكتب منظمة العمل الدولية بالجزائر'},
    organization: {fr: 'OIT', en: 'ILO', ar: 'منظمة العمل الدولية'},
    image: {src: 'content/images/portrait.svg', alt: 'Portrait'},
  },
  topic: {fr: 'Protection', en: 'Protection', ar: 'الحماية'},
  date: '2020-10-14',
  source: {url: 'https://example.org/article', label: {fr: 'Lire l’article', en: 'Read the article', ar: 'اقرأ المقال'}},
  ...overrides,
});

/** A partner; role, logo and url as given. */
export const partner = (name: unknown, extra: Record<string, unknown> = {}) => ({name, ...extra});

/** A valid contact with every field but the photo. */
export const contact = (overrides: Record<string, unknown> = {}) => ({
  name: 'Abderrahim Amraoui',
  role: {fr: 'Coordinateur National du Projet', en: 'National Project Coordinator', ar: 'المنسق الوطني للمشروع'},
  organization: {fr: 'OIT', en: 'ILO', ar: 'منظمة العمل الدولية'},
  email: 'amraoui@ilo.org',
  phone: '+212 5 37 00 00 00',
  url: 'https://www.ilo.org/',
  ...overrides,
});

/** One of the placeholder logos drawn for the demo. */
export const logo = (name: string) => ({src: `content/logos/${name}.svg`, alt: '', width: 240, height: 96});

/** A titled strip with partners of every role, some with logos and links. */
export const partnerStrip = () => ({
  title: {fr: 'Nos partenaires', en: 'Our partners', ar: 'شركاؤنا'},
  partners: [
    partner(t('Organisation internationale du Travail', 'International Labour Organization', 'منظمة العمل الدولية'),
      {role: 'implementer', acronym: t('OIT', 'ILO', 'م.ع.د'), url: 'https://www.ilo.org/', logo: logo('ilo')}),
    partner(t('Union européenne', 'European Union', 'الاتحاد الأوروبي'), {role: 'funder', logo: logo('eu')}),
    partner(t('Ministère du Travail', 'Ministry of Labour', 'وزارة الشغل'), {role: 'government'}),
    partner('Enabel', {role: 'implementer', url: 'https://www.enabel.be/'}),
    partner('BMZ', {role: 'funder', logo: logo('bmz')}),
    partner(t('Une ONG', 'An NGO', 'منظمة غير حكومية'), {}),
    partner('GIZ', {role: 'implementer', logo: logo('giz')}),
  ],
});


/**
 * Sample news for lists: illustrative items (not programme news), in three
 * languages, with date-only and date-time values out of order on purpose.
 */
export const newsItems = () => [
  newsItem({id: 'launch', title: {fr: 'Lancement officiel du programme THAMM au Maroc', en: 'Official launch of the THAMM programme in Morocco', ar: 'الإطلاق الرسمي لبرنامج تهام في المغرب'},
    date: '2020-10-15', tags: [{fr: 'Lancement', en: 'Launch', ar: 'إطلاق'}, {fr: 'Maroc', en: 'Morocco', ar: 'المغرب'}]}),
  newsItem({id: 'skills', title: {fr: 'Un atelier sur la reconnaissance des compétences', en: 'A workshop on skills recognition', ar: 'ورشة عمل حول الاعتراف بالمهارات'},
    date: '2021-03-02T09:30:00+01:00', image: undefined, category: undefined, tags: [{fr: 'Compétences', en: 'Skills', ar: 'المهارات'}]}),
  newsItem({id: 'guide', title: {fr: 'Un guide pour les conseillers en mobilité', en: 'A guide for mobility advisers', ar: 'دليل لمستشاري التنقل'},
    date: '2021-03-02', tags: [{fr: 'Mobilité', en: 'Mobility', ar: 'التنقل'}]}),
  newsItem({id: 'tunisia', title: {fr: 'Une rencontre régionale à Tunis', en: 'A regional meeting in Tunis', ar: 'لقاء إقليمي في تونس'},
    date: '2021-06-21', location: {fr: 'Tunis, Tunisie', en: 'Tunis, Tunisia', ar: 'تونس'}, tags: [{fr: 'Mobilité', en: 'Mobility', ar: 'التنقل'}]}),
  newsItem({id: 'egypt', title: {fr: 'Des échanges avec les services de l’emploi en Égypte', en: 'Exchanges with employment services in Egypt', ar: 'تبادل مع مصالح التشغيل في مصر'},
    date: '2020-12-10', location: t('Le Caire, Égypte', 'Cairo, Egypt', 'القاهرة، مصر'), summary: undefined, tags: undefined}),
];

/** A titled news list with a link to all news. */
export const newsList = () => ({
  title: {fr: 'Actualités THAMM', en: 'THAMM news', ar: 'أخبار تهام'},
  items: newsItems(),
  more: {url: 'https://example.org/news'},
});
