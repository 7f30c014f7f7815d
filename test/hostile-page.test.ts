import {expect, fixture, html} from '@open-wc/testing';
import '../src/all.js';
import {contact, newsItem, partnerStrip, quote} from '../stories/samples.js';
import {contrast} from './support/contrast.js';
import {warningsInEachTest} from './support/helpers.js';

// What partner sites' own CSS does to everything on the page.
const HOSTILE: Record<string, string> = {
  'html { font-size: 62.5% }': 'html { font-size: 62.5%; }',
  'a dark, cursive, 30 px, spaced, upper-case, nowrap body': `
    body { background: #111; color: #fff; font: 30px cursive; letter-spacing: 0.3em;
           text-transform: uppercase; white-space: nowrap; }`,
  '* { box-sizing: content-box }': '* { box-sizing: content-box; }',
  'thamm-* { display: inline }': 'thamm-news-card, thamm-quote, thamm-partner-strip, thamm-contact-badge { display: inline; }',
  'margins and borders on every tag': '* { margin: 12px; border: 3px solid red; padding: 5px; }',
  ':root custom properties with common names': `:root { --primary: red; --text-color: red; --background: black;
    --color-text: red; --font-family: cursive; --radius: 40px; --spacing: 80px; --accent: lime; }`,
};

/** Everything a user would notice of one element: its box, and its parts' boxes, colours and text size. */
function snapshot(el: Element) {
  const root = el.shadowRoot!.firstElementChild!;
  const box = (node: Element) => {
    const r = node.getBoundingClientRect();
    return [Math.round(r.width), Math.round(r.height)];
  };
  return {
    root: box(root),
    parts: [...root.querySelectorAll('[part]')].map((part) => {
      const {color, backgroundColor, fontSize} = getComputedStyle(part);
      return `${part.getAttribute('part')}:${box(part).join('x')} ${color} on ${backgroundColor} ${fontSize}`;
    }),
  };
}

/** The background painted behind a node: its own, else its nearest painted ancestor's (across the shadow root). */
function paintedBehind(node: Element): string {
  for (let current: Element | null = node; current; ) {
    const color = getComputedStyle(current).backgroundColor;
    if (!/rgba\(.*, 0\)$|transparent/.test(color)) return color;
    current = current.parentElement ?? ((current.getRootNode() as ShadowRoot).host ?? null);
  }
  return 'rgb(255, 255, 255)';
}

const CONTENT: Record<string, unknown> = {
  'thamm-news-card': newsItem(),
  'thamm-quote': quote(),
  'thamm-partner-strip': partnerStrip(),
  'thamm-contact-badge': contact(),
};

async function renderAll() {
  return fixture(html`<div style="width: 420px">
    <thamm-news-card .data=${CONTENT['thamm-news-card']}></thamm-news-card>
    <thamm-quote .data=${CONTENT['thamm-quote']}></thamm-quote>
    <thamm-partner-strip .data=${CONTENT['thamm-partner-strip']}></thamm-partner-strip>
    <thamm-contact-badge .data=${CONTENT['thamm-contact-badge']}></thamm-contact-badge>
  </div>`);
}

/** The same element on a clean page, in a container as wide as it got. */
async function cleanSnapshot(tag: string, width: number) {
  const wrapper = await fixture(html`<div style=${`width: ${width}px`}></div>`);
  const el = document.createElement(tag) as HTMLElement & {data: unknown; updateComplete: Promise<unknown>};
  el.data = CONTENT[tag];
  wrapper.append(el);
  await el.updateComplete;
  return snapshot(el);
}

describe('on hostile host pages', () => {
  warningsInEachTest(); // unsafe sample URLs would warn

  for (const [name, css] of Object.entries(HOSTILE)) {
    it(`stays readable, and keeps its size and layout: ${name}`, async () => {
      const style = document.createElement('style');
      style.textContent = css;
      document.head.append(style);
      let hostile: {tag: string; width: number; snapshot: ReturnType<typeof snapshot>}[];
      try {
        const page = await renderAll();
        const elements = [...page.children];
        for (const el of elements) {
          const root = el.shadowRoot!.firstElementChild!;
          // Every text it shows, against what it is painted on.
          for (const node of root.querySelectorAll('[part]')) {
            if (!node.textContent?.trim() || getComputedStyle(node).visibility === 'hidden') continue;
            const ratio = contrast(getComputedStyle(node).color, paintedBehind(node));
            expect(ratio, `${el.localName} ${node.getAttribute('part')} contrast`).to.be.at.least(4.5);
          }
          const text = getComputedStyle(root);
          expect([text.letterSpacing, text.textTransform, text.whiteSpace], el.localName).to.deep.equal(['normal', 'none', 'normal']);
          expect(root.scrollWidth, `${el.localName} has no horizontal overflow`).to.be.at.most(root.clientWidth + 1);
        }
        hostile = elements.map((el) => ({tag: el.localName, width: el.shadowRoot!.firstElementChild!.getBoundingClientRect().width, snapshot: snapshot(el)}));
      } finally {
        style.remove();
      }
      // The page's font family is the one thing a widget inherits on purpose.
      if (name.startsWith('a dark, cursive')) return;
      for (const {tag, width, snapshot: seen} of hostile) {
        expect(seen, `${tag}: same layout as on a clean page`).to.deep.equal(await cleanSnapshot(tag, width));
      }
    });
  }
});
