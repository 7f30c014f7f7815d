import {expect, fixture, html} from '@open-wc/testing';
import {emulateMedia, executeServerCommand} from '@web/test-runner-commands';
import '../src/news-card/define.js';
import type {ThammNewsCard} from '../src/news-card/news-card.js';
import {contrast} from './support/contrast.js';
import {chromiumOnly, engine} from './support/engines.js';
import {newsItem, shadow} from './support/helpers.js';

describe('<thamm-news-card> appearance', () => {
  afterEach(async () => {
    document.documentElement.style.removeProperty('color-scheme');
    if (engine !== 'chromium') return; // only Chromium's tests emulate
    await executeServerCommand('emulate-forced-colors', {active: false});
    await emulateMedia({colorScheme: 'light'});
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    // A page's colour scheme, which the card follows: every engine.
    it(`is legible on a ${colorScheme} page`, async () => {
      document.documentElement.style.colorScheme = colorScheme;
      const el = await fixture<ThammNewsCard>(html`<thamm-news-card .data=${newsItem()}></thamm-news-card>`);
      const article = shadow(el).querySelector('article')!;
      const background = getComputedStyle(article).backgroundColor;
      for (const part of ['title', 'meta', 'summary', 'category']) {
        const color = getComputedStyle(shadow(el).querySelector(`[part=${part}]`)!).color;
        expect(contrast(color, background), `${part} contrast`).to.be.at.least(4.5);
      }
      await expect(el).to.be.accessible();
    });
  }

  chromiumOnly('emulateMedia')('paints its own text colour wherever it paints a background, for a dark-mode visitor on a light page', async () => {
    await emulateMedia({colorScheme: 'dark'});
    const wrapper = await fixture(html`<div style="background: #fff; color: #000">
      <thamm-news-card .data=${newsItem()}></thamm-news-card></div>`);
    const el = wrapper.firstElementChild as ThammNewsCard;
    const article = shadow(el).querySelector('article')!;
    const {color, backgroundColor} = getComputedStyle(article);
    expect(contrast(color, backgroundColor)).to.be.at.least(4.5);
  });

  chromiumOnly('forced colours are emulated through CDP')('shows borders and a link colour in forced-colors mode', async () => {
    await executeServerCommand('emulate-forced-colors', {active: true});
    const el = await fixture<ThammNewsCard>(html`<thamm-news-card .data=${newsItem()}></thamm-news-card>`);
    const article = getComputedStyle(shadow(el).querySelector('article')!);
    expect(matchMedia('(forced-colors: active)').matches, 'emulated').to.equal(true);
    expect(article.borderTopStyle).to.equal('solid');
    expect(article.borderTopColor, 'CanvasText border').to.equal(article.color);
    const link = getComputedStyle(shadow(el).querySelector('a')!);
    expect(link.color, 'LinkText').to.not.equal(article.color);
    await expect(el).to.be.accessible();
  });

  it('shows a visible focus ring on its link', async () => {
    const el = await fixture<ThammNewsCard>(html`<thamm-news-card .data=${newsItem()}></thamm-news-card>`);
    const link = shadow(el).querySelector('a')!;
    link.focus({focusVisible: true} as FocusOptions);
    const ring = getComputedStyle(link, '::after');
    expect(ring.outlineStyle).to.equal('solid');
    expect(parseFloat(ring.outlineWidth)).to.be.at.least(2);
  });

  // Sized by a container, not the viewport (setViewport is Chromium's only): the
  // card's layout follows its own width, and no style depends on the viewport.
  it('fits a 320 px column, as on a phone, with no horizontal scroll', async () => {
    const column = await fixture(html`<div style="width: 320px"><thamm-news-card lang="ar"
      .data=${newsItem({title: 'Gouvernance'.repeat(12)})}></thamm-news-card></div>`);
    const el = column.firstElementChild as ThammNewsCard;
    expect(el.getBoundingClientRect().width).to.be.at.most(320);
    expect(column.scrollWidth, 'column scroll width').to.be.at.most(320);
  });
});
