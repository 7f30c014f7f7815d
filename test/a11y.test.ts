import {expect, fixture, html} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import '../src/all.js';
import {contact, newsItem, partnerStrip, quote} from '../stories/samples.js';
import {chromiumOnly, engine} from './support/engines.js';

// Accessibility checks that axe does not make: text spacing, reflow, target
// size and visible focus, on every element.

async function renderAll(width = '420px') {
  const page = await fixture(html`<div style=${`width: ${width}`}>
    <thamm-news-card .data=${newsItem()}></thamm-news-card>
    <thamm-quote .data=${quote()}></thamm-quote>
    <thamm-partner-strip .data=${partnerStrip()}></thamm-partner-strip>
    <thamm-contact-badge .data=${contact()}></thamm-contact-badge>
  </div>`);
  return [...page.children];
}

/** Boxes whose content is cut off: overflow hidden or clipped, and more content than room. */
function clipped(root: ShadowRoot) {
  return [...root.querySelectorAll('*')]
    .filter((node) => {
      const style = getComputedStyle(node);
      const clips = /hidden|clip/.test(style.overflowX + style.overflowY);
      return clips && (node.scrollHeight > node.clientHeight + 1 || node.scrollWidth > node.clientWidth + 1);
    })
    .filter((node) => !node.matches('.visually-hidden, .visually-hidden *'))
    .map((node) => `${node.localName}[part=${node.getAttribute('part')}]`);
}

describe('accessibility beyond axe', () => {
  afterEach(async () => {
    document.documentElement.style.removeProperty('color-scheme');
    if (engine !== 'chromium') return; // only Chromium's tests emulate
    await executeServerCommand('emulate-forced-colors', {active: false});
  });

  it('clips nothing under WCAG 1.4.12 text spacing, injected into the shadow roots', async () => {
    const elements = await renderAll();
    const spacing = new CSSStyleSheet();
    spacing.replaceSync(`* { line-height: 1.5 !important; letter-spacing: 0.12em !important;
      word-spacing: 0.16em !important; } p { margin-block-end: 2em !important; }`);
    for (const el of elements) {
      const root = el.shadowRoot!;
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, spacing];
      expect(clipped(root), el.localName).to.deep.equal([]);
      const inner = root.firstElementChild!;
      expect(inner.scrollWidth, `${el.localName} no horizontal overflow`).to.be.at.most(inner.clientWidth + 1);
    }
  });

  // Sized by a container, not the viewport (setViewport is Chromium's only): the
  // elements' layout follows their own width, and no style depends on the viewport.
  it('reflows in a 320 px column, as on a phone, and in 200 px containers, with no horizontal scroll', async () => {
    const column = (await renderAll('320px'))[0].parentElement!;
    expect(column.scrollWidth, '320 px column').to.be.at.most(320);
    for (const el of await renderAll('200px')) {
      const inner = el.shadowRoot!.firstElementChild!;
      expect(inner.scrollWidth, `${el.localName} at 200 px`).to.be.at.most(200);
      expect(clipped(el.shadowRoot!), el.localName).to.deep.equal([]);
    }
  });

  it('gives every target at least 24 × 24 px (WCAG 2.5.8), but links inside a sentence', async () => {
    for (const el of await renderAll()) {
      for (const target of el.shadowRoot!.querySelectorAll<HTMLElement>('a, button')) {
        if (target.closest('p')) continue; // inline in text: the exception of 2.5.8
        // The card's title link answers clicks over the whole card through its ::after.
        const box = target.matches('[part=link]') && el.localName === 'thamm-news-card'
          ? el.shadowRoot!.querySelector('article')!.getBoundingClientRect()
          : target.getBoundingClientRect();
        const name = `${el.localName} ${target.getAttribute('part')}`;
        expect(Math.round(box.width), `${name} width`).to.be.at.least(24);
        expect(Math.round(box.height), `${name} height`).to.be.at.least(24);
      }
    }
  });

  for (const mode of ['light', 'dark', 'forced-colors'] as const) {
    // Forced colours are emulated through a Chromium-only command; a dark page is a colour scheme.
    const test = mode === 'forced-colors' ? chromiumOnly(`${mode} is emulated`) : it;
    test(`shows where the focus is, in ${mode} mode`, async () => {
      // A page that is dark: the widgets follow its colour scheme.
      if (mode === 'dark') document.documentElement.style.colorScheme = 'dark';
      if (mode === 'forced-colors') await executeServerCommand('emulate-forced-colors', {active: true});
      for (const el of await renderAll()) {
        for (const target of el.shadowRoot!.querySelectorAll<HTMLElement>('a, button')) {
          target.focus({focusVisible: true} as FocusOptions);
          // The card's link draws its ring round the whole card.
          const ring = el.localName === 'thamm-news-card' ? getComputedStyle(target, '::after') : getComputedStyle(target);
          const name = `${el.localName} ${target.getAttribute('part')}`;
          expect(ring.outlineStyle, name).to.equal('solid');
          expect(parseFloat(ring.outlineWidth), name).to.be.at.least(2);
          expect(ring.outlineColor, `${name} ring is visible`).to.not.match(/rgba\(.*, 0\)|transparent/);
        }
      }
    });
  }
});
