import {expect, fixture, html, waitUntil} from '@open-wc/testing';

type FloorWindow = Window & {results?: {errors: string[]; loaded?: boolean}};

const TAGS = ['thamm-news-card', 'thamm-quote', 'thamm-partner-strip', 'thamm-contact-badge'];

/** Loads the built bundle in a frame that first removed `without` (or nothing). */
async function page(without = '') {
  const frame = await fixture<HTMLIFrameElement>(
    html`<iframe title="Browser floor" style="width: 600px; height: 600px" src=${`/test/support/below-floor.html?without=${without}`}></iframe>`,
  );
  const win = () => frame.contentWindow as FloorWindow;
  await waitUntil(() => win().results?.loaded || win().results?.errors.length, 'bundle loaded', {timeout: 10_000});
  const doc = win().document;
  return {win: win(), elements: TAGS.map((tag) => doc.querySelector(tag)!)};
}

/** The fallback paragraph's height: above 0 while it is what a visitor sees. */
const fallbackHeight = (el: Element) => el.querySelector('p')!.getBoundingClientRect().height;

// The README's floor: below it the bundle loads, registers nothing, and throws nothing.
describe('below the browser floor', () => {
  it('keeps the fallback content and throws nothing without Object.hasOwn and Array.prototype.at', async () => {
    const {win, elements} = await page('es2022');
    expect(win.results!.loaded, 'the bundle loaded').to.equal(true);
    for (const el of elements) {
      expect(win.customElements.get(el.localName), `${el.localName} not registered`).to.equal(undefined);
      expect(el.shadowRoot, `${el.localName} has no shadow root`).to.equal(null);
      expect(fallbackHeight(el), `${el.localName} fallback visible`).to.be.above(0);
    }
    // A late error (an update, a rejected promise) would come after a frame.
    await new Promise((resolve) => win.requestAnimationFrame(resolve));
    expect(win.results!.errors, 'nothing thrown').to.deep.equal([]);
  });

  // Above the floor: constructed stylesheets are not part of it (Firefox 92–100, Safari 15.4–16.3).
  for (const without of ['', 'stylesheets']) {
    it(`renders every element${without ? ' without constructed stylesheets, with <style> elements' : ' with nothing removed'}`, async () => {
      const {win, elements} = await page(without);
      for (const el of elements) {
        await waitUntil(() => el.getAttribute('state') === 'ready', `${el.localName} ready`, {timeout: 5000});
        expect(fallbackHeight(el), `${el.localName} fallback hidden`).to.equal(0);
        if (without) expect(el.shadowRoot!.querySelector('style'), `${el.localName} styled by <style>`).to.exist;
      }
      expect(win.results!.errors, 'nothing thrown').to.deep.equal([]);
    });
  }
});
