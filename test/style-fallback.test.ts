// Must stay the first import: it runs before Lit decides how to apply styles.
import {adoptedStyleSheetsRemoved} from './support/without-adopted-stylesheets.js';
import {expect, fixture, html} from '@open-wc/testing';
import '../src/all.js';
import {partnerStrip} from '../stories/samples.js';
import {contact, newsItem, quote, shadow, stateOf, textOf} from './support/helpers.js';

const CASES = [
  {tag: 'thamm-news-card', data: newsItem(), part: '[part=title]', text: 'الإطلاق الرسمي لبرنامج تهام في المغرب'},
  {tag: 'thamm-quote', data: quote(), part: '[part=name]', text: 'Rania Bikhazi'},
  {tag: 'thamm-partner-strip', data: partnerStrip(), part: '[part=partner]', text: undefined},
  {tag: 'thamm-contact-badge', data: contact(), part: '[part=name]', text: undefined},
];

describe('without adopted stylesheets (Lit falls back to <style> elements)', () => {
  it('has really taken the feature away before Lit loaded', () => {
    expect(adoptedStyleSheetsRemoved).to.be.true;
  });

  for (const {tag, data, part, text} of CASES) {
    it(`renders <${tag}> with its styles, language and direction`, async () => {
      const el = await fixture(html`<div lang="ar"></div>`);
      const widget = document.createElement(tag) as HTMLElement & {data: unknown};
      widget.data = data;
      el.append(widget);
      await stateOf(widget, 'ready');
      const root = shadow(widget);
      expect(root.querySelector('style'), 'styles come as <style> elements').to.exist;
      expect(root.querySelector(part), part).to.exist;
      if (text) expect(textOf(widget, part)).to.equal(text);
      // The shared styles apply.
      expect(getComputedStyle(widget).display).to.equal('block');
      const content = [...root.children].find((node) => node.localName !== 'style')!;
      expect([content.getAttribute('lang'), content.getAttribute('dir')]).to.deep.equal(['ar', 'rtl']);
      await expect(widget).to.be.accessible();
    });
  }

  it('applies the partner strip\'s logo-height', async () => {
    const el = await fixture<HTMLElement & {data: unknown}>(html`<thamm-partner-strip logo-height="40" .data=${partnerStrip()}></thamm-partner-strip>`);
    await stateOf(el, 'ready');
    const mark = shadow(el).querySelector('[part=logo], [part=badge]')!;
    expect(mark.getBoundingClientRect().height).to.be.closeTo(40, 1);
  });
});
