import {expect, fixture, html, waitUntil} from '@open-wc/testing';

type CspWindow = Window & {results?: {violations: string[]; errors: string[]; loaded?: boolean}};

describe('the one-file bundle under a strict CSP with Trusted Types', () => {
  it('renders every element, in ready and error states, with no violation, after another Lit took lit-html, loaded twice', async () => {
    const frame = await fixture<HTMLIFrameElement>(html`<iframe title="CSP page" src="/mock/csp-page"></iframe>`);
    const win = () => frame.contentWindow as CspWindow;
    await waitUntil(() => win().results?.loaded || win().results?.errors.length, 'bundle loaded', {timeout: 5000});
    const doc = win().document;
    const elements = [...doc.querySelectorAll('thamm-news-card, thamm-quote, thamm-partner-strip, thamm-contact-badge')];
    await waitUntil(() => elements.every((el) => el.getAttribute('state') !== 'loading'), 'all settled', {timeout: 5000});
    expect(elements.map((el) => el.getAttribute('state'))).to.deep.equal(['ready', 'ready', 'ready', 'ready', 'error']);
    expect(elements[0].shadowRoot!.querySelector('[part=title]')!.textContent).to.equal('Sous CSP stricte');
    expect(doc.querySelectorAll('[style]').length + elements.filter((el) => el.shadowRoot!.querySelector('[style]')).length, 'no style attribute').to.equal(0);
    expect(win().results!.errors, 'nothing thrown').to.deep.equal([]);
    expect(win().results!.violations, 'no CSP violation').to.deep.equal([]);
  });
});
