import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {quote, seedUrl} from './support/helpers.js';

// dist/autoloader.js as built: it must register only the elements on the page.
const AUTOLOADER = '/dist/autoloader.js';
// Importing a chunk can take over waitUntil's default second on a loaded machine.
const patience = {timeout: 5000};

describe('dist/autoloader.js', () => {
  it('imports the elements present, then those added later, and no others', async () => {
    const page = await fixture(html`<div><thamm-quote></thamm-quote></div>`);
    (page.firstElementChild as HTMLElement & {data: unknown}).data = quote();
    await import(/* @vite-ignore */ AUTOLOADER);
    await waitUntil(() => customElements.get('thamm-quote'), 'the quote on the page is defined', patience);
    await waitUntil(() => page.querySelector('thamm-quote')!.getAttribute('state') === 'ready', 'and rendered', patience);
    expect(customElements.get('thamm-news-card'), 'absent elements are not loaded').to.equal(undefined);
    expect(customElements.get('thamm-contact-badge')).to.equal(undefined);

    // Content that arrives later, deep inside new markup.
    const section = document.createElement('section');
    section.innerHTML = '<div><thamm-contact-badge><script type="application/json">{"name": "Abderrahim Amraoui"}</script></thamm-contact-badge></div>';
    page.append(section);
    await waitUntil(() => customElements.get('thamm-contact-badge'), 'a badge added later is defined', patience);
    await waitUntil(() => section.querySelector('thamm-contact-badge')!.getAttribute('state') === 'ready', 'and rendered', patience);
    expect(customElements.get('thamm-partner-strip')).to.equal(undefined);
  });

  it('upgrades a blockquote embed added later, and imports the element it became', async () => {
    const page = await fixture(html`<div></div>`);
    page.innerHTML = `<blockquote cite="${seedUrl('/partners')}" lang="en" data-logo-height="40"><p>THAMM programme partners</p></blockquote>`;
    await waitUntil(() => page.querySelector('thamm-partner-strip'), 'the blockquote became a partner strip');
    const strip = page.querySelector('thamm-partner-strip')!;
    await waitUntil(() => customElements.get('thamm-partner-strip'), 'whose module was imported');
    await waitUntil(() => strip.getAttribute('state') === 'ready', 'and rendered');
    expect(strip.shadowRoot!.querySelector('img')!.getBoundingClientRect().height, 'data-logo-height').to.equal(40);
    expect(strip.querySelector(':scope > blockquote')!.getBoundingClientRect().height, 'the blockquote is hidden fallback').to.equal(0);
    await expect(strip).to.be.accessible();
  });
});
