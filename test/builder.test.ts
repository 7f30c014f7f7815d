import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import {embedSnippet, selectEmbed} from '../src/html/index.js';
import {alertText, control, legends, loaded, openBuilder, pick, previewOf, previewReady, seed, seedFile, setField, snippetOf, statusText} from './support/builder.js';

// The embed builder (builder/): loading, picking and the snippets it prints. Its
// accessibility is checked in builder-a11y.test.ts (axe over the whole page takes over
// ten seconds in WebKit here), the rest of the page in builder-ui.test.ts.
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
    });
  }

  it('prints what the `thamm-widgets embed` command prints for the same choices', async function () {
    // Three runs of the command, a Node process each, on a loaded machine.
    this.timeout(30_000);
    const {root} = await openBuilder();
    await loaded(root);
    const src = control(root, 'Adresse publique du fichier de contenu').value;
    const same = async (payload: Record<string, unknown>) =>
      expect(`${snippetOf(root)}\n`, JSON.stringify(payload)).to.equal(await executeServerCommand('embed', {src, ...payload}));

    // Dates in Arabic are left out here: WebKit's Intl writes them in Arabic-Indic digits, Node's in Latin ones.
    setField(control<HTMLSelectElement>(root, 'Langue du contenu intégré'), 'en');
    setField(control<HTMLSelectElement>(root, 'Niveau du titre'), '4');
    await same({pointer: '/news/0', form: 'blockquote', lang: 'en', headingLevel: 4});

    pick(root, '/partners');
    setField(control<HTMLSelectElement>(root, 'Langue du contenu intégré'), 'ar');
    control(root, 'Dans un gabarit, un thème ou une page HTML').click();
    setField(control(root, 'Logos en niveaux de gris'), true);
    // The heading level chosen for the card stays chosen (the field shows it) for the strip.
    expect(control<HTMLSelectElement>(root, 'Niveau du titre').value).to.equal('4');
    await same({pointer: '/partners', form: 'element', lang: 'ar', headingLevel: 4, attributes: {monochrome: true}});

    pick(root, '/news');
    setField(control<HTMLSelectElement>(root, 'Langue du contenu intégré'), 'fr');
    setField(control(root, 'Adresse publique du fichier de contenu'), '');
    setField(control(root, 'Nombre d’actualités'), '1');
    await same({pointer: '/news', form: 'element', src: undefined, lang: 'fr', headingLevel: 4, attributes: {limit: '1'}});
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
