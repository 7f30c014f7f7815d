import {expect, fixture, html, waitUntil} from '@open-wc/testing';

type CspWindow = Window & {results?: {violations: string[]; errors: string[]; loaded?: boolean; states?: string[]}};

const TAGS = 'thamm-news-card, thamm-quote, thamm-partner-strip, thamm-contact-badge';

/** Loads /mock/csp-page in a frame and waits for every element to settle. */
async function cspPage(query: string) {
  const frame = await fixture<HTMLIFrameElement>(html`<iframe title="CSP page" src=${`/mock/csp-page${query}`}></iframe>`);
  const win = () => frame.contentWindow as CspWindow;
  await waitUntil(() => win().results?.loaded || win().results?.errors.length, 'bundle loaded', {timeout: 5000});
  const elements = [...win().document.querySelectorAll(TAGS)];
  await waitUntil(() => elements.every((el) => el.getAttribute('state') !== 'loading'), 'all settled', {timeout: 5000});
  return {results: win().results!, elements};
}

const styled = (elements: Element[]) =>
  elements.filter((el) => el.hasAttribute('style') || el.shadowRoot!.querySelector('[style]')).map((el) => el.localName);

describe('the one-file bundle under a strict CSP with Trusted Types', () => {
  it('renders every element in every state, from the first render, with no violation and no style attribute', async () => {
    const {results, elements} = await cspPage('');
    expect(results.states, 'one element was still loading at first look').to.include('loading');
    expect(elements.map((el) => el.getAttribute('state'))).to.deep.equal(['ready', 'ready', 'ready', 'ready', 'error', 'ready', 'error']);
    expect(elements[0].shadowRoot!.querySelector('[part=title]')!.textContent).to.equal('Sous CSP stricte');
    expect(styled(elements), 'no style attribute').to.deep.equal([]);
    expect(results.errors, 'nothing thrown').to.deep.equal([]);
    expect(results.violations, 'no CSP violation').to.deep.equal([]);
  });

  it('still works after another copy of Lit took the lit-html policy, with the bundle loaded twice', async () => {
    const {results, elements} = await cspPage('?other-lit=1');
    expect(elements.map((el) => el.getAttribute('state'))).to.deep.equal(['ready', 'ready', 'ready', 'ready', 'error', 'ready', 'error']);
    expect(results.errors, 'nothing thrown').to.deep.equal([]);
    expect(results.violations, 'no CSP violation').to.deep.equal([]);
  });
});
