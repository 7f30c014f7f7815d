/**
 * The builder's own words, in its three interface languages. They are not
 * the elements' strings (xliff/): the page is a tool for communication
 * officers, and ships separately from the bundle partners load.
 */
export type UiLang = 'fr' | 'en' | 'ar';

export const UI_LANGS: readonly UiLang[] = ['fr', 'en', 'ar'];

/** Each language in its own words, for the switcher and the language choice. */
export const LANGUAGE_NAMES: Record<UiLang, string> = {fr: 'Français', en: 'English', ar: 'العربية'};

export interface Strings {
  pageTitle: string;
  uiLanguage: string;
  brand: string;
  title: string;
  lead: string;
  privacy: string;

  stepContent: string;
  urlLabel: string;
  urlHint: string;
  load: string;
  fileLabel: string;
  fileHint: string;
  dropHere: string;
  loading: (source: string) => string;
  loaded: (count: number, source: string) => string;
  loadFailed: string;
  notBundle: string;
  notJson: (message: string) => string;
  badAddress: (address: string) => string;
  invalidBundle: (message: string) => string;

  stepItem: string;
  itemHint: string;
  noContent: string;
  collections: {news: string; newsList: string; quotes: string; partners: string; contacts: string};
  latestNews: (count: number) => string;
  partnersItem: (count: number) => string;

  stepOptions: string;
  formLegend: string;
  formHint: string;
  formBlockquote: string;
  formBlockquoteHint: string;
  formElement: string;
  formElementHint: string;
  srcLabel: string;
  srcHint: string;
  langLabel: string;
  optionsLegend: string;
  headingLevel: string;
  headingDefault: (level: number) => string;
  featured: string;
  logoHeight: string;
  logoHeightHint: string;
  monochrome: string;
  limit: string;
  limitHint: string;
  tag: string;
  tagHint: string;
  noOptions: string;

  stepPreview: string;
  previewWidth: string;
  phone: string;
  desktop: string;
  previewLabel: string;
  previewLoading: string;
  previewFailed: (message: string) => string;

  stepCode: string;
  codeLabel: string;
  copy: string;
  copied: string;
  copySelected: string;
  cannotEmbed: string;
  needsSrc: string;
  policyNotes: string;

  metaTitle: string;
  metaText: (origin: string) => string;
  metaLabel: string;
  copyMeta: string;
  metaCopied: string;

  stepScript: string;
  scriptText: (version: string) => string;
  scriptLabel: string;
  copyScript: string;
  scriptCopied: string;
  noSri: string;
  footer: string;
}

const fr: Strings = {
  pageTitle: 'Créer un code d’intégration — thamm-widgets',
  uiLanguage: 'Langue de la page',
  brand: 'Programme THAMM · thamm-widgets',
  title: 'Créer un code d’intégration',
  lead: 'Choisissez un contenu publié par le programme (actualité, citation, partenaires, contact), réglez son affichage, puis copiez le code à coller dans votre site.',
  privacy: 'Tout se passe dans votre navigateur : seul le fichier de contenu est demandé, rien n’est envoyé ailleurs.',

  stepContent: 'Le contenu',
  urlLabel: 'Adresse du fichier de contenu (JSON)',
  urlHint: 'Le fichier que publie le programme, par exemple https://www.example.org/content/thamm.json.',
  load: 'Charger',
  fileLabel: 'Ou un fichier de votre ordinateur',
  fileHint: 'Vous pouvez aussi le déposer sur cette page.',
  dropHere: 'Déposez le fichier de contenu ici',
  loading: (source) => `Chargement de ${source}…`,
  loaded: (count, source) => `${count} contenu${count > 1 ? 's' : ''} chargé${count > 1 ? 's' : ''} depuis ${source}.`,
  loadFailed: 'Le contenu n’a pas pu être chargé :',
  notBundle: 'ce fichier ne contient ni actualités (news), ni citations (quotes), ni partenaires (partners), ni contacts (contacts).',
  notJson: (message) => `ce fichier n’est pas du JSON valide (${message}).`,
  badAddress: (address) => `« ${address} » n’est pas une adresse web.`,
  invalidBundle: (message) => `ce fichier n’est pas un fichier de contenu valide : ${message}.`,

  stepItem: 'Ce que vous intégrez',
  itemHint: 'Les titres sont dans la langue choisie à l’étape 3.',
  noContent: 'Chargez d’abord un fichier de contenu.',
  collections: {news: 'Actualités', newsList: 'Fil d’actualités', quotes: 'Citations', partners: 'Partenaires', contacts: 'Contacts'},
  latestNews: (count) => `Les dernières actualités (${count} au total)`,
  partnersItem: (count) => `${count} partenaire${count > 1 ? 's' : ''}`,

  stepOptions: 'Les réglages',
  formLegend: 'Où collerez-vous le code ?',
  formHint: 'Les éditeurs d’articles suppriment les balises inconnues mais gardent une citation : la citation convient aux articles et pages d’un CMS, l’élément aux gabarits et aux pages HTML que l’équipe web modifie.',
  formBlockquote: 'Dans un article ou une page (WordPress, Drupal…)',
  formBlockquoteHint: 'Forme citation (<blockquote>) : le script du site la transforme en élément.',
  formElement: 'Dans un gabarit, un thème ou une page HTML',
  formElementHint: 'Forme élément : le contenu est dans le code, ou chargé depuis son adresse publique.',
  srcLabel: 'Adresse publique du fichier de contenu',
  srcHint: 'La citation renvoie à cette adresse et l’élément y charge son contenu. Laissez vide pour copier le contenu dans le code (forme élément seulement).',
  langLabel: 'Langue du contenu intégré',
  optionsLegend: 'Affichage',
  headingLevel: 'Niveau du titre',
  headingDefault: (level) => `Par défaut (h${level})`,
  featured: 'Mise en avant : une citation courte, en grand',
  logoHeight: 'Hauteur des logos, en pixels',
  logoHeightHint: 'Laissez vide pour la hauteur par défaut.',
  monochrome: 'Logos en niveaux de gris (couleur au survol)',
  limit: 'Nombre d’actualités',
  limitHint: 'Les plus récentes d’abord ; 3 par défaut, 24 au plus.',
  tag: 'Seulement les actualités avec ce mot-clé',
  tagHint: 'Laissez vide pour toutes les actualités.',
  noOptions: 'Cet élément n’a pas de réglage d’affichage.',

  stepPreview: 'L’aperçu',
  previewWidth: 'Largeur de l’aperçu',
  phone: 'Téléphone',
  desktop: 'Ordinateur',
  previewLabel: 'Aperçu, rendu par les éléments eux-mêmes',
  previewLoading: 'Chargement de l’aperçu…',
  previewFailed: (message) => `L’aperçu n’a pas pu s’afficher : ${message}`,

  stepCode: 'Le code à coller',
  codeLabel: 'Code d’intégration',
  copy: 'Copier le code',
  copied: 'Code copié. Collez-le dans votre page (Ctrl+V, ou ⌘+V sur Mac).',
  copySelected: 'Le code est sélectionné : appuyez sur Ctrl+C (⌘+C sur Mac) pour le copier.',
  cannotEmbed: 'Ce contenu ne peut pas être intégré :',
  needsSrc: 'La forme citation renvoie au fichier publié : indiquez son adresse publique à l’étape 3.',
  policyNotes: 'Liens écartés par la politique de sécurité :',

  metaTitle: 'À faire une fois sur le site partenaire',
  metaText: (origin) => `Le contenu est publié sur ${origin}. Si le site partenaire n’est pas sur cette origine, la citation ne devient l’élément que si le site l’autorise : ajoutez cette balise dans le <head> de ses pages, une fois pour toutes.`,
  metaLabel: 'Balise meta',
  copyMeta: 'Copier la balise meta',
  metaCopied: 'Balise meta copiée.',

  stepScript: 'Pour l’équipe web du site, une seule fois',
  scriptText: (version) => `Le site charge une fois le fichier thamm-widgets.js (version ${version}), qu’il sert lui-même, par exemple dans /assets/. L’attribut integrity garantit que le navigateur n’exécute que ce fichier-là.`,
  scriptLabel: 'Balise script',
  copyScript: 'Copier la balise script',
  scriptCopied: 'Balise script copiée.',
  noSri: 'L’empreinte du fichier manque : lancez npm run build, puis rechargez cette page.',
  footer: 'thamm-widgets — éléments web du programme THAMM, financé par l’Union européenne et le BMZ.',
};

const en: Strings = {
  pageTitle: 'Make an embed code — thamm-widgets',
  uiLanguage: 'Page language',
  brand: 'THAMM programme · thamm-widgets',
  title: 'Make an embed code',
  lead: 'Choose a piece of content the programme publishes (news, quote, partners, contact), set how it shows, then copy the code to paste into your site.',
  privacy: 'Everything happens in your browser: only the content file is requested, nothing is sent anywhere else.',

  stepContent: 'The content',
  urlLabel: 'Address of the content file (JSON)',
  urlHint: 'The file the programme publishes, for example https://www.example.org/content/thamm.json.',
  load: 'Load',
  fileLabel: 'Or a file from your computer',
  fileHint: 'You can also drop it on this page.',
  dropHere: 'Drop the content file here',
  loading: (source) => `Loading ${source}…`,
  loaded: (count, source) => `${count} item${count === 1 ? '' : 's'} loaded from ${source}.`,
  loadFailed: 'The content could not be loaded:',
  notBundle: 'this file has no news, quotes, partners or contacts.',
  notJson: (message) => `this file is not valid JSON (${message}).`,
  badAddress: (address) => `“${address}” is not a web address.`,
  invalidBundle: (message) => `this file is not a valid content file: ${message}.`,

  stepItem: 'What you embed',
  itemHint: 'Titles are in the language chosen in step 3.',
  noContent: 'Load a content file first.',
  collections: {news: 'News', newsList: 'News feed', quotes: 'Quotes', partners: 'Partners', contacts: 'Contacts'},
  latestNews: (count) => `The latest news (${count} in all)`,
  partnersItem: (count) => `${count} partner${count === 1 ? '' : 's'}`,

  stepOptions: 'The settings',
  formLegend: 'Where will you paste the code?',
  formHint: 'Post editors remove unknown tags but keep a quotation: the quotation fits a CMS’s posts and pages, the element fits templates and HTML pages that the web team edits.',
  formBlockquote: 'In a post or page (WordPress, Drupal…)',
  formBlockquoteHint: 'Quotation form (<blockquote>): the site’s script turns it into the element.',
  formElement: 'In a template, a theme or an HTML page',
  formElementHint: 'Element form: the content is in the code, or loaded from its public address.',
  srcLabel: 'Public address of the content file',
  srcHint: 'The quotation points to this address and the element loads its content from it. Leave it empty to copy the content into the code (element form only).',
  langLabel: 'Language of the embedded content',
  optionsLegend: 'Display',
  headingLevel: 'Heading level',
  headingDefault: (level) => `Default (h${level})`,
  featured: 'Featured: a short quote, large',
  logoHeight: 'Logo height, in pixels',
  logoHeightHint: 'Leave it empty for the default height.',
  monochrome: 'Logos in greys (colour on hover)',
  limit: 'Number of news items',
  limitHint: 'Newest first; 3 by default, at most 24.',
  tag: 'Only the news with this tag',
  tagHint: 'Leave it empty for all news.',
  noOptions: 'This element has no display settings.',

  stepPreview: 'The preview',
  previewWidth: 'Preview width',
  phone: 'Phone',
  desktop: 'Desktop',
  previewLabel: 'Preview, rendered by the elements themselves',
  previewLoading: 'Loading the preview…',
  previewFailed: (message) => `The preview could not be shown: ${message}`,

  stepCode: 'The code to paste',
  codeLabel: 'Embed code',
  copy: 'Copy the code',
  copied: 'Code copied. Paste it into your page (Ctrl+V, or ⌘+V on a Mac).',
  copySelected: 'The code is selected: press Ctrl+C (⌘+C on a Mac) to copy it.',
  cannotEmbed: 'This content cannot be embedded:',
  needsSrc: 'The quotation form points to the published file: give its public address in step 3.',
  policyNotes: 'Links left out by the security policy:',

  metaTitle: 'To do once on the partner site',
  metaText: (origin) => `The content is published on ${origin}. If the partner site is not on that origin, the quotation becomes the element only where the site allows it: add this tag to the <head> of its pages, once.`,
  metaLabel: 'Meta tag',
  copyMeta: 'Copy the meta tag',
  metaCopied: 'Meta tag copied.',

  stepScript: 'For the site’s web team, once',
  scriptText: (version) => `The site loads the thamm-widgets.js file (version ${version}) once, served by the site itself, for example from /assets/. The integrity attribute makes sure the browser runs that exact file.`,
  scriptLabel: 'Script tag',
  copyScript: 'Copy the script tag',
  scriptCopied: 'Script tag copied.',
  noSri: 'The file’s hash is missing: run npm run build, then reload this page.',
  footer: 'thamm-widgets — web components of the THAMM programme, funded by the European Union and BMZ.',
};

const ar: Strings = {
  pageTitle: 'إنشاء رمز تضمين — thamm-widgets',
  uiLanguage: 'لغة الصفحة',
  brand: 'برنامج THAMM · thamm-widgets',
  title: 'إنشاء رمز تضمين',
  lead: 'اختر محتوى ينشره البرنامج (خبر، اقتباس، شركاء، جهة اتصال)، واضبط طريقة عرضه، ثم انسخ الرمز لتلصقه في موقعك.',
  privacy: 'يجري كل شيء في متصفحك: لا يُطلب إلا ملف المحتوى، ولا يُرسل أي شيء إلى جهة أخرى.',

  stepContent: 'المحتوى',
  urlLabel: 'عنوان ملف المحتوى (JSON)',
  urlHint: 'الملف الذي ينشره البرنامج، مثلًا https://www.example.org/content/thamm.json.',
  load: 'تحميل',
  fileLabel: 'أو ملف من حاسوبك',
  fileHint: 'يمكنك أيضًا إفلاته على هذه الصفحة.',
  dropHere: 'أفلت ملف المحتوى هنا',
  loading: (source) => `جارٍ تحميل ${source}…`,
  loaded: (count, source) => `تم تحميل ${count} من المحتويات من ${source}.`,
  loadFailed: 'تعذّر تحميل المحتوى:',
  notBundle: 'لا يحتوي هذا الملف على أخبار (news) ولا اقتباسات (quotes) ولا شركاء (partners) ولا جهات اتصال (contacts).',
  notJson: (message) => `هذا الملف ليس JSON صالحًا (${message}).`,
  badAddress: (address) => `«${address}» ليس عنوان ويب.`,
  invalidBundle: (message) => `هذا الملف ليس ملف محتوى صالحًا: ${message}.`,

  stepItem: 'ما تريد تضمينه',
  itemHint: 'تظهر العناوين باللغة المختارة في الخطوة 3.',
  noContent: 'حمّل ملف محتوى أولًا.',
  collections: {news: 'الأخبار', newsList: 'قائمة الأخبار', quotes: 'الاقتباسات', partners: 'الشركاء', contacts: 'جهات الاتصال'},
  latestNews: (count) => `آخر الأخبار (${count} إجمالًا)`,
  partnersItem: (count) => `عدد الشركاء: ${count}`,

  stepOptions: 'الإعدادات',
  formLegend: 'أين ستلصق الرمز؟',
  formHint: 'تحذف محررات المقالات الوسوم غير المعروفة لكنها تُبقي الاقتباس: يناسب الاقتباسُ مقالات نظام إدارة المحتوى وصفحاته، ويناسب العنصرُ القوالبَ وصفحات HTML التي يعدّلها فريق الويب.',
  formBlockquote: 'في مقال أو صفحة (WordPress، Drupal…)',
  formBlockquoteHint: 'صيغة الاقتباس (<blockquote>): يحوّلها سكربت الموقع إلى العنصر.',
  formElement: 'في قالب أو سمة أو صفحة HTML',
  formElementHint: 'صيغة العنصر: المحتوى داخل الرمز، أو يُحمَّل من عنوانه العام.',
  srcLabel: 'العنوان العام لملف المحتوى',
  srcHint: 'يشير الاقتباس إلى هذا العنوان ويحمّل العنصر محتواه منه. اتركه فارغًا لنسخ المحتوى داخل الرمز (صيغة العنصر فقط).',
  langLabel: 'لغة المحتوى المضمَّن',
  optionsLegend: 'العرض',
  headingLevel: 'مستوى العنوان',
  headingDefault: (level) => `الافتراضي (h${level})`,
  featured: 'مميَّز: اقتباس قصير بخط كبير',
  logoHeight: 'ارتفاع الشعارات بالبكسل',
  logoHeightHint: 'اتركه فارغًا للارتفاع الافتراضي.',
  monochrome: 'شعارات بتدرجات الرمادي (بالألوان عند التمرير)',
  limit: 'عدد الأخبار',
  limitHint: 'الأحدث أولًا؛ 3 افتراضيًا، و24 على الأكثر.',
  tag: 'الأخبار التي تحمل هذه الكلمة المفتاحية فقط',
  tagHint: 'اتركه فارغًا لكل الأخبار.',
  noOptions: 'لا توجد إعدادات عرض لهذا العنصر.',

  stepPreview: 'المعاينة',
  previewWidth: 'عرض المعاينة',
  phone: 'هاتف',
  desktop: 'حاسوب',
  previewLabel: 'معاينة تعرضها العناصر نفسها',
  previewLoading: 'جارٍ تحميل المعاينة…',
  previewFailed: (message) => `تعذّر عرض المعاينة: ${message}`,

  stepCode: 'الرمز الذي تلصقه',
  codeLabel: 'رمز التضمين',
  copy: 'نسخ الرمز',
  copied: 'تم نسخ الرمز. الصقه في صفحتك (Ctrl+V، أو ⌘+V على Mac).',
  copySelected: 'الرمز محدَّد: اضغط Ctrl+C (أو ⌘+C على Mac) لنسخه.',
  cannotEmbed: 'لا يمكن تضمين هذا المحتوى:',
  needsSrc: 'تشير صيغة الاقتباس إلى الملف المنشور: أدخل عنوانه العام في الخطوة 3.',
  policyNotes: 'روابط استبعدتها سياسة الأمان:',

  metaTitle: 'يُنجَز مرة واحدة في موقع الشريك',
  metaText: (origin) => `المحتوى منشور على ${origin}. إن لم يكن موقع الشريك على هذا الأصل، فلن يتحول الاقتباس إلى العنصر إلا إذا سمح الموقع بذلك: أضف هذا الوسم إلى <head> صفحاته مرة واحدة.`,
  metaLabel: 'وسم meta',
  copyMeta: 'نسخ وسم meta',
  metaCopied: 'تم نسخ وسم meta.',

  stepScript: 'لفريق الويب في الموقع، مرة واحدة',
  scriptText: (version) => `يحمّل الموقع ملف thamm-widgets.js (الإصدار ${version}) مرة واحدة، ويقدّمه بنفسه، مثلًا من /assets/. تضمن السمة integrity ألا ينفّذ المتصفح إلا هذا الملف بعينه.`,
  scriptLabel: 'وسم script',
  copyScript: 'نسخ وسم script',
  scriptCopied: 'تم نسخ وسم script.',
  noSri: 'بصمة الملف غير موجودة: شغّل npm run build ثم أعد تحميل هذه الصفحة.',
  footer: 'thamm-widgets — عناصر ويب لبرنامج THAMM، بتمويل من الاتحاد الأوروبي والوزارة الاتحادية الألمانية للتعاون الاقتصادي والتنمية (BMZ).',
};

export const STRINGS: Record<UiLang, Strings> = {fr, en, ar};
