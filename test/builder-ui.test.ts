import {expect, waitUntil} from '@open-wc/testing';
import {executeServerCommand, sendKeys} from '@web/test-runner-commands';
import {alertText, control, legends, loaded, openBuilder, pick, previewOf, previewReady, setField, snippetOf} from './support/builder.js';
import {chromiumOnly} from './support/engines.js';

// The embed builder's copy buttons, notices, languages, keyboard use and load failures
// (builder.test.ts: loading and snippets), in a file of its own so each stays well
// inside the runner's time for one file in WebKit.
describe('the embed builder page', () => {
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
