import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {executeServerCommand, sendKeys} from '@web/test-runner-commands';
import '../src/all.js';
import {mountBuilder, type BuilderOptions, type EmbedBuilder} from '../builder/builder.js';
import {embedSnippet, selectEmbed} from '../src/html/index.js';
import {chromiumOnly} from './support/engines.js';

const seed = fetch('/content/thamm-seed.json').then((response) => response.json() as Promise<Record<string, unknown>>);

/** A unique address of the seed (the elements cache documents per URL), redirected to where it is published. */
let counter = 0;
const seedAddress = () => new URL(`/mock/seed.json?v=builder-${Date.now()}-${counter++}`, location.href).href;

const mounted: EmbedBuilder[] = [];
afterEach(() => mounted.splice(0).forEach((builder) => builder.disconnect()));

/** The builder in a fixture, loading `bundleUrl` (a fresh copy of the seed by default). */
async function openBuilder(options: Partial<BuilderOptions> = {}) {
  const root = await fixture<HTMLDivElement>(html`<div></div>`);
  const builder = mountBuilder(root, {bundleUrl: seedAddress(), sri: 'sha384-test', ...options});
  mounted.push(builder);
  return {root, builder};
}

/** The form control a visible label names (the label's text starts with `text`). */
function control<T extends HTMLElement = HTMLInputElement>(root: Element, text: string): T {
  const label = [...root.querySelectorAll('label')].find((candidate) => candidate.textContent!.trim().startsWith(text));
  if (!label) throw new Error(`no label "${text}"`);
  return root.ownerDocument.getElementById(label.htmlFor) as T;
}

const statusText = (root: Element) => [...root.querySelectorAll('[role=status]')].map((el) => el.textContent!.trim()).join(' | ');
const alertText = (root: Element) => root.querySelector('[role=alert]')!.textContent!.replace(/\s+/g, ' ').trim();
const snippetOf = (root: Element) => control<HTMLTextAreaElement>(root, 'Code d’intégration').value;
const previewOf = (root: Element) => root.querySelector('.preview-frame')!.firstElementChild as HTMLElement | null;
const legends = (root: Element) => [...root.querySelectorAll('legend')].map((legend) => legend.textContent!.trim());

async function loaded(root: Element) {
  await waitUntil(() => /chargé/.test(statusText(root)) || alertText(root), 'the bundle never loaded', {timeout: 8000});
  expect(alertText(root), 'no load error').to.equal('');
}

async function previewReady(root: Element, tag?: string) {
  await waitUntil(() => previewOf(root)?.getAttribute('state') === 'ready', `the preview never became ready (${previewOf(root)?.localName} ${previewOf(root)?.getAttribute('state')})`, {timeout: 8000});
  if (tag) expect(previewOf(root)!.localName).to.equal(tag);
}

/** Changes a field as a user does: value, then the events the page listens to. */
function setField(field: HTMLInputElement | HTMLSelectElement, value: string | boolean) {
  if (typeof value === 'boolean') (field as HTMLInputElement).checked = value;
  else field.value = value;
  field.dispatchEvent(new Event('input', {bubbles: true}));
  field.dispatchEvent(new Event('change', {bubbles: true}));
}

/** Picks an item of the list by its pointer. */
function pick(root: Element, pointer: string) {
  const radio = root.querySelector<HTMLInputElement>(`input[type=radio][value="${pointer}"]`);
  if (!radio) throw new Error(`no item ${pointer}`);
  radio.click();
}

const seedFile = async (name = 'thamm.json') => new File([JSON.stringify(await seed)], name, {type: 'application/json'});

describe('the embed builder', () => {
  it('loads the seed by URL, lists each collection with titles in the chosen language, and previews the first item', async () => {
    const {root} = await openBuilder();
    await loaded(root);
    expect(statusText(root)).to.match(/^7 contenus chargés depuis http:\/\/.*\/mock\/seed\.json\?v=builder-/);
    expect(legends(root)).to.include.members(['Actualités', 'Fil d’actualités', 'Citations', 'Partenaires', 'Contacts']);
    const firstNews = root.querySelector('input[value="/news/0"]')!.closest('.choice')!;
    expect(firstNews.textContent).to.contain('Lancement officiel du Programme');
    expect(firstNews.textContent).to.contain('15 octobre 2020');
    expect(root.querySelector('input[value="/partners"]')!.closest('.choice')!.textContent).to.contain('Les partenaires du programme THAMM');

    setField(control<HTMLSelectElement>(root, 'Langue du contenu intégré'), 'en');
    expect(firstNews.isConnected ? firstNews.textContent : '').to.contain('Official launch in Morocco');
    expect(root.querySelector('input[value="/news/0"]')!.closest('.choice')!.textContent).to.contain('October 15, 2020');

    await previewReady(root, 'thamm-news-card');
    expect(previewOf(root)!.getAttribute('lang')).to.equal('en');
    await expect(root).to.be.accessible();
  });

  it('loads a bundle from a chosen file: the element form carries the content inline, the blockquote form asks for its address', async () => {
    const {root} = await openBuilder({bundleUrl: '/mock/status?code=404&file-test'});
    await waitUntil(() => alertText(root), 'the first load never failed', {timeout: 8000});
    const input = control(root, 'Ou un fichier de votre ordinateur');
    const files = new DataTransfer();
    files.items.add(await seedFile());
    input.files = files.files;
    input.dispatchEvent(new Event('change', {bubbles: true}));
    await loaded(root);
    expect(statusText(root)).to.contain('7 contenus chargés depuis thamm.json.');
    expect(control(root, 'Adresse publique du fichier de contenu').value, 'a file has no public address').to.equal('');
    expect(root.querySelector('.alert')!.textContent).to.contain('indiquez son adresse publique');

    control(root, 'Dans un gabarit, un thème ou une page HTML').click();
    const embed = selectEmbed(await seed, '#/news/0');
    expect(snippetOf(root)).to.equal(embedSnippet(embed.content, {...embed, form: 'element', lang: 'fr', attributes: {}}));
    expect(snippetOf(root)).to.contain('<script type="application/json">');
    await previewReady(root, 'thamm-news-card');
    expect(previewOf(root)!.hasAttribute('src'), 'a file is previewed from its content').to.equal(false);
  });

  it('loads a bundle dropped on the page', async () => {
    const {root} = await openBuilder();
    await loaded(root);
    const files = new DataTransfer();
    files.items.add(await seedFile('dropped.json'));
    document.body.dispatchEvent(new DragEvent('dragover', {bubbles: true, cancelable: true, dataTransfer: files}));
    const drop = new DragEvent('drop', {bubbles: true, cancelable: true, dataTransfer: files});
    document.body.dispatchEvent(drop);
    expect(drop.defaultPrevented, 'the browser does not open the file itself').to.equal(true);
    await waitUntil(() => statusText(root).includes('chargés depuis dropped.json'), 'the dropped file was never read', {timeout: 8000});
    expect(statusText(root)).to.contain('7 contenus chargés depuis dropped.json.');
  });

  // Each collection, in both forms, with the element's options set: the page
  // must print exactly what thamm-widgets/html makes from the same choices.
  const cases: {pointer: string; tag: string; options: Record<string, string | boolean>; attributes: Record<string, string | true>}[] = [
    {pointer: '/news/0', tag: 'thamm-news-card', options: {'Niveau du titre': '2'}, attributes: {'heading-level': '2'}},
    {pointer: '/news', tag: 'thamm-news-list', options: {'Nombre d’actualités': '2', 'Seulement les actualités avec ce mot-clé': 'Maroc'}, attributes: {limit: '2', tag: 'Maroc'}},
    {pointer: '/quotes/1', tag: 'thamm-quote', options: {'Mise en avant': true}, attributes: {variant: 'featured'}},
    {pointer: '/partners', tag: 'thamm-partner-strip', options: {'Hauteur des logos': '40', 'Logos en niveaux de gris': true}, attributes: {'logo-height': '40', monochrome: true}},
    {pointer: '/contacts/0', tag: 'thamm-contact-badge', options: {}, attributes: {}},
  ];
  for (const {pointer, tag, options, attributes} of cases) {
    it(`#${pointer}: picked, set up, previewed by <${tag}>, and its snippet is embedSnippet's in both forms`, async () => {
      const {root} = await openBuilder();
      await loaded(root);
      pick(root, pointer);
      for (const [label, value] of Object.entries(options)) setField(control(root, label), value);
      const src = control(root, 'Adresse publique du fichier de contenu').value;
      const embed = selectEmbed(await seed, `#${pointer}`);
      expect(snippetOf(root), 'blockquote form').to.equal(embedSnippet(embed.content, {...embed, form: 'blockquote', src, lang: 'fr', attributes}));
      control(root, 'Dans un gabarit, un thème ou une page HTML').click();
      expect(snippetOf(root), 'element form').to.equal(embedSnippet(embed.content, {...embed, form: 'element', src, lang: 'fr', attributes}));
      await previewReady(root, tag);
      for (const [name, value] of Object.entries(attributes)) expect(previewOf(root)!.getAttribute(name)).to.equal(value === true ? '' : value);
      await expect(root).to.be.accessible();
    });
  }

  it('prints what the `thamm-widgets embed` command prints for the same choices', async () => {
    const {root} = await openBuilder();
    await loaded(root);
    const src = control(root, 'Adresse publique du fichier de contenu').value;
    const same = async (payload: Record<string, unknown>) =>
      expect(`${snippetOf(root)}\n`, JSON.stringify(payload)).to.equal(await executeServerCommand('embed', {src, ...payload}));

    setField(control<HTMLSelectElement>(root, 'Langue du contenu intégré'), 'ar');
    setField(control<HTMLSelectElement>(root, 'Niveau du titre'), '4');
    await same({pointer: '/news/0', form: 'blockquote', lang: 'ar', headingLevel: 4});

    pick(root, '/partners');
    control(root, 'Dans un gabarit, un thème ou une page HTML').click();
    setField(control(root, 'Logos en niveaux de gris'), true);
    // The heading level chosen for the card stays chosen (the field shows it) for the strip.
    expect(control<HTMLSelectElement>(root, 'Niveau du titre').value).to.equal('4');
    await same({pointer: '/partners', form: 'element', lang: 'ar', headingLevel: 4, attributes: {monochrome: true}});

    pick(root, '/news');
    setField(control(root, 'Adresse publique du fichier de contenu'), '');
    setField(control(root, 'Nombre d’actualités'), '1');
    await same({pointer: '/news', form: 'element', src: undefined, lang: 'ar', headingLevel: 4, attributes: {limit: '1'}});
  });

  it('copies the snippet and says so in a status region', async () => {
    const {root} = await openBuilder();
    await loaded(root);
    const button = [...root.querySelectorAll('button')].find((candidate) => candidate.textContent!.trim() === 'Copier le code')!;
    const status = button.parentElement!.querySelector('[role=status]')!;
    expect(status.textContent!.trim()).to.equal('');
    button.focus();
    await sendKeys({press: 'Enter'});
    await waitUntil(() => status.textContent!.trim(), 'no confirmation', {timeout: 5000});
    expect(status.textContent!.trim()).to.be.oneOf([
      'Code copié. Collez-le dans votre page (Ctrl+V, ou ⌘+V sur Mac).',
      'Le code est sélectionné : appuyez sur Ctrl+C (⌘+C sur Mac) pour le copier.',
    ]);
  });

  chromiumOnly('reading the clipboard back needs a permission that only CDP grants')('puts the snippet on the clipboard', async () => {
    await executeServerCommand('grant-clipboard');
    const {root} = await openBuilder();
    await loaded(root);
    pick(root, '/quotes/2');
    await navigator.clipboard.writeText('before');
    const button = [...root.querySelectorAll('button')].find((candidate) => candidate.textContent!.trim() === 'Copier le code')!;
    button.focus();
    await sendKeys({press: 'Enter'});
    const status = button.parentElement!.querySelector('[role=status]')!;
    await waitUntil(() => status.textContent!.trim(), 'no confirmation', {timeout: 5000});
    expect(status.textContent).to.contain('Code copié.');
    expect(await navigator.clipboard.readText()).to.equal(snippetOf(root));
  });

  it('warns when the blockquote cites another origin, and shows the meta that allows it', async () => {
    const {root} = await openBuilder();
    await loaded(root);
    const src = control(root, 'Adresse publique du fichier de contenu');
    setField(src, 'https://thamm.example/content/thamm.json');
    const notice = root.querySelector('.notice')!;
    expect(notice.querySelector('h3')!.textContent).to.equal('À faire une fois sur le site partenaire');
    expect(notice.textContent).to.contain('Le contenu est publié sur https://thamm.example.');
    expect(control<HTMLTextAreaElement>(root, 'Balise meta').value).to.equal('<meta name="thamm-widgets-origins" content="https://thamm.example">');
    expect(snippetOf(root)).to.contain('cite="https://thamm.example/content/thamm.json#/news/0"');

    setField(src, '/content/thamm.json');
    expect(root.querySelector('.notice'), 'a relative cite is on the partner site itself').to.equal(null);
    setField(src, 'https://thamm.example/content/thamm.json');
    control(root, 'Dans un gabarit, un thème ou une page HTML').click();
    expect(root.querySelector('.notice'), 'the element form is not upgraded').to.equal(null);
  });

  it('shows the script tag with the SRI it is given, as README.md prints it', async () => {
    const {root} = await openBuilder({sri: 'sha384-abc'});
    await loaded(root);
    expect(control<HTMLTextAreaElement>(root, 'Balise script').value).to.equal(
      '<script type="module" src="/assets/thamm-widgets.js"\n        integrity="sha384-abc" crossorigin="anonymous"></script>',
    );
  });

  it('speaks Arabic, right to left, and the content follows', async () => {
    const {root} = await openBuilder();
    await loaded(root);
    const arabic = [...root.querySelectorAll('nav button')].find((button) => button.textContent!.trim() === 'العربية') as HTMLButtonElement;
    arabic.click();
    expect(root.lang).to.equal('ar');
    expect(root.dir).to.equal('rtl');
    expect(arabic.getAttribute('aria-pressed')).to.equal('true');
    expect(root.querySelector('h1')!.textContent).to.equal('إنشاء رمز تضمين');
    expect(control(root, 'عنوان ملف المحتوى (JSON)').type).to.equal('url');
    expect(legends(root)).to.include.members(['الأخبار', 'الاقتباسات', 'الشركاء', 'جهات الاتصال', 'أين ستلصق الرمز؟']);
    expect(root.querySelector('input[value="/news/0"]')!.closest('.choice')!.textContent).to.contain('الإطلاق الرسمي في المغرب');
    expect(control<HTMLTextAreaElement>(root, 'رمز التضمين').value).to.contain('lang="ar" dir="rtl"');
    expect(control<HTMLTextAreaElement>(root, 'رمز التضمين').dir, 'code reads left to right').to.equal('ltr');
    await previewReady(root);
    expect(previewOf(root)!.getAttribute('dir')).to.equal('rtl');
    await expect(root).to.be.accessible();
  });

  it('works from the keyboard alone, with a visible focus ring', async () => {
    const {root} = await openBuilder();
    await loaded(root);
    const first = root.querySelector<HTMLInputElement>('input[value="/news/0"]')!;
    first.focus();
    await sendKeys({press: 'ArrowDown'});
    expect(root.querySelector<HTMLInputElement>('input[value="/news"]')!.checked, 'arrow keys move between items').to.equal(true);
    await waitUntil(() => snippetOf(root).startsWith('<blockquote cite="') && snippetOf(root).includes('#/news"'), 'the snippet follows the keyboard');
    await sendKeys({press: 'Tab'});
    const focused = document.activeElement as HTMLElement;
    expect(root.contains(focused), 'focus stays in the page').to.equal(true);
    expect(getComputedStyle(focused).outlineStyle, `focus ring on ${focused.localName}`).to.not.equal('none');
  });

  const failures: [string, string, RegExp][] = [
    ['an HTTP error', '/mock/status?code=404', /^Le contenu n’a pas pu être chargé : HTTP 404 Not Found for http:\/\/.*\/mock\/status\?code=404&v=\d+\.$/],
    ['an HTML page', '/mock/portal', /sent an HTML page, not JSON/],
    ['a file that is not JSON', '/mock/json?body=%7Bnope', /is not valid JSON/],
    ['invalid content', `/mock/json?body=${encodeURIComponent('{"news": [{"title": "Sans date"}]}')}`, /n’est pas un fichier de contenu valide : news\.0\.date: required\.$/],
    ['a document with no collection', '/mock/json?body=%7B%7D', /ne contient ni actualités \(news\), ni citations/],
  ];
  for (const [what, url, message] of failures) {
    it(`says clearly why a bundle did not load: ${what}`, async () => {
      const {root} = await openBuilder({bundleUrl: `${url}${url.includes('?') ? '&' : '?'}v=${Date.now()}`});
      await waitUntil(() => alertText(root), 'no message', {timeout: 8000});
      expect(alertText(root)).to.match(message);
      expect(root.querySelector('input[type=radio][name$=item]'), 'nothing to pick').to.equal(null);
      await expect(root).to.be.accessible();
    });
  }

  it('says clearly why a local file did not load', async () => {
    const {root} = await openBuilder();
    await loaded(root);
    const input = control(root, 'Ou un fichier de votre ordinateur');
    const files = new DataTransfer();
    files.items.add(new File(['<html>'], 'page.html', {type: 'text/html'}));
    input.files = files.files;
    input.dispatchEvent(new Event('change', {bubbles: true}));
    await waitUntil(() => alertText(root), 'no message', {timeout: 8000});
    expect(alertText(root)).to.match(/^Le contenu n’a pas pu être chargé : ce fichier n’est pas du JSON valide \(.+\)\.$/);
  });
});

describe('the built embed builder (dist/builder/)', () => {
  it('works under the strict CSP with Trusted Types, and shows the SRI of dist/thamm-widgets.js', async () => {
    type Watched = Window & {results: {violations: string[]; errors: string[]}};
    const frame = await fixture<HTMLIFrameElement>(html`<iframe title="builder" src=${'/dist/builder/index.html?csp=1&lang=fr'} style="width: 1200px; height: 900px"></iframe>`);
    await waitUntil(() => frame.contentDocument?.querySelector('.preview-frame > [state=ready]'), 'the built page never previewed', {timeout: 15_000});
    const page = frame.contentDocument!;
    const {results} = frame.contentWindow as Watched;
    expect(results.violations, 'no CSP violation').to.deep.equal([]);
    expect(results.errors, 'nothing thrown').to.deep.equal([]);
    expect(page.documentElement.lang).to.equal('fr');
    const bytes = await (await fetch('/dist/thamm-widgets.js')).arrayBuffer();
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
    const sri = `sha384-${btoa(String.fromCharCode(...digest))}`;
    expect(control<HTMLTextAreaElement>(page.body, 'Balise script').value).to.contain(`integrity="${sri}"`);
    expect(page.querySelector('[style]'), 'no style attribute').to.equal(null);
  });
});
