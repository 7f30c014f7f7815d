import {expect, fixture, html} from '@open-wc/testing';
import {emulateMedia, executeServerCommand} from '@web/test-runner-commands';
import '../src/news-card/define.js';
import type {ThammNewsCard} from '../src/news-card/news-card.js';
import {chromiumOnly, engine} from './support/engines.js';
import {captureWarnings, newsItem, shadow} from './support/helpers.js';

/** WCAG relative luminance contrast of two rgb() colours. */
function contrast(a: string, b: string) {
  const luminance = (color: string) => {
    const [r, g, bl] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((c) => {
      const s = Number(c) / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

describe('<thamm-news-card> appearance', () => {
  afterEach(async () => {
    if (engine !== 'chromium') return; // only Chromium's tests emulate
    await executeServerCommand('emulate-forced-colors', {active: false});
    await emulateMedia({colorScheme: 'light'});
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    // Light is every engine's default; dark needs emulateMedia.
    const test = colorScheme === 'light' ? it : chromiumOnly('emulateMedia');
    test(`is legible in ${colorScheme} mode`, async () => {
      if (engine === 'chromium') await emulateMedia({colorScheme});
      expect(matchMedia(`(prefers-color-scheme: ${colorScheme})`).matches, colorScheme).to.equal(true);
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

  chromiumOnly('emulateMedia')('paints its own text colour wherever it paints a background, in dark mode on a light page', async () => {
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

  it('passes axe in rtl in the error state', async () => {
    const warnings = captureWarnings();
    try {
      const el = await fixture<ThammNewsCard>(html`<thamm-news-card lang="ar" .data=${{}}></thamm-news-card>`);
      expect(el.state).to.equal('error');
      expect(shadow(el).querySelector('[part=error]')!.textContent).to.equal('هذا المحتوى غير متاح حاليًا.');
      await expect(el).to.be.accessible();
    } finally {
      warnings.restore();
    }
  });
});
