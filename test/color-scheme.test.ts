import {expect, fixture, html} from '@open-wc/testing';
import {emulateMedia} from '@web/test-runner-commands';
import '../src/all.js';
import {contact, newsItem, newsList, partnerStrip, quote} from '../stories/samples.js';
import {chromiumOnly, engine} from './support/engines.js';
import {shadow, stateOf} from './support/helpers.js';

// Contract, "Colour scheme": widgets follow the page they sit on. Light by
// default; dark only where the page's inherited color-scheme allows it.

const luminance = (color: string) => {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((c) => {
    const s = Number(c) / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a: string, b: string) => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
};

/** Every element, rendered inside a container with the given color-scheme. */
async function renderAll(colorScheme: string) {
  const page = await fixture(html`<div style=${`color-scheme: ${colorScheme}`}>
    <thamm-news-card .data=${newsItem()}></thamm-news-card>
    <thamm-quote .data=${quote()}></thamm-quote>
    <thamm-partner-strip .data=${partnerStrip()}></thamm-partner-strip>
    <thamm-contact-badge .data=${contact()}></thamm-contact-badge>
    <thamm-news-list limit="1" .data=${newsList()}></thamm-news-list>
  </div>`);
  const elements = [...page.children];
  await Promise.all(elements.map((el) => stateOf(el, 'ready')));
  const card = shadow(elements[4]).querySelector('thamm-news-card')!;
  await stateOf(card, 'ready');
  return [...elements, card];
}

/** The colour scheme an element paints in, read from its text colour: light text is dark mode. */
const schemeOf = (el: Element) => (luminance(getComputedStyle(el).color) > 0.5 ? 'dark' : 'light');

/** The background painted behind a node: its own, else its nearest painted ancestor's, across shadow roots. */
function paintedBehind(node: Element): string {
  for (let at: Element | null = node; at; at = at.parentElement ?? ((at.getRootNode() as ShadowRoot).host ?? null)) {
    const color = getComputedStyle(at).backgroundColor;
    if (!/rgba\(.*, 0\)$|transparent/.test(color)) return color;
  }
  return 'rgb(255, 255, 255)';
}

/** Every text part against what is painted behind it. */
function expectLegible(el: Element) {
  for (const part of shadow(el).querySelectorAll('[part]')) {
    if (!part.textContent?.trim()) continue;
    const ratio = contrast(getComputedStyle(part).color, paintedBehind(part));
    expect(ratio, `${el.localName} ${part.getAttribute('part')}`).to.be.at.least(4.5);
  }
}

describe('colour scheme', () => {
  afterEach(async () => {
    if (engine === 'chromium') await emulateMedia({colorScheme: 'light'});
  });

  // A visitor in dark mode is emulated (Chromium only); a dark page, below, runs in every engine.
  chromiumOnly('emulateMedia')('is light on a page that declares no colour scheme, even for a visitor in dark mode', async () => {
    await emulateMedia({colorScheme: 'dark'});
    for (const el of await renderAll('normal')) {
      expect(schemeOf(el), el.localName).to.equal('light');
      expectLegible(el);
    }
  });

  chromiumOnly('emulateMedia')('is dark for a dark-mode visitor on a page that allows it (color-scheme: light dark)', async () => {
    await emulateMedia({colorScheme: 'dark'});
    for (const el of await renderAll('light dark')) {
      expect(schemeOf(el), el.localName).to.equal('dark');
      expectLegible(el);
    }
  });

  it('is light for a light-mode visitor on the same page', async () => {
    for (const el of await renderAll('light dark')) expect(schemeOf(el), el.localName).to.equal('light');
  });

  it('is dark on a dark page (color-scheme: dark), and legible', async () => {
    for (const el of await renderAll('dark')) {
      expect(schemeOf(el), el.localName).to.equal('dark');
      expectLegible(el);
      await expect(el).to.be.accessible();
    }
  });
});
