import {expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import type {TemplateResult} from 'lit';
import {frame, initialGlobals} from '../.storybook/frame.js';
import * as contactBadge from '../stories/contact-badge.stories.js';
import {embedSnippet} from '../stories/embed-snippet.js';
import * as newsCard from '../stories/news-card.stories.js';
import * as partnerStrip from '../stories/partner-strip.stories.js';
import * as quote from '../stories/quote.stories.js';
import {warningsInEachTest} from './support/helpers.js';

// The story files are the single source: every story they export is rendered
// here as Storybook would (meta args, then story args, through the render
// function, in the preview's frame with the story's globals), must reach the
// state it declares, and must pass axe.
type Globals = Record<string, unknown>;
type StoryModule = Record<string, unknown> & {
  default: {title: string; component: string; args?: object; globals?: Globals; render: (args: Record<string, unknown>) => TemplateResult};
};
type StoryExport = {args?: object; globals?: Globals; render?: StoryModule['default']['render']; parameters?: {state?: string}};

// The frame's widths come from Storybook's preview stylesheet.
before(async () => {
  const link = Object.assign(document.createElement('link'), {rel: 'stylesheet', href: '/.storybook/preview.css'});
  const loaded = oneEvent(link, 'load');
  document.head.append(link);
  await loaded;
});

const modules = [newsCard, quote, partnerStrip, contactBadge] as unknown as StoryModule[];

for (const module of modules) {
  const meta = module.default;
  describe(`stories: ${meta.title}`, () => {
    warningsInEachTest(); // some cases warn on purpose
    const stories = Object.entries(module).filter(([name]) => name !== 'default') as [string, StoryExport][];

    it('has stories for every state: loading, ready, error with and without fallback', () => {
      const names = stories.map(([name]) => name);
      expect(names).to.include.members(['Playground', 'Loading', 'ErrorWithFallback', 'ErrorWithoutFallback']);
    });

    for (const [name, story] of stories) {
      it(`${name} renders as ${story.parameters?.state ?? 'ready'} and passes axe`, async () => {
        const args = {...meta.args, ...story.args} as Record<string, unknown>;
        const globals = {...initialGlobals, ...meta.globals, ...story.globals};
        const wrapper = await fixture(html`<div>${frame((story.render ?? meta.render)(args), globals)}</div>`);
        const element = wrapper.querySelector(meta.component)!;
        expect(element, meta.component).to.exist;
        if (globals.width !== 'auto') {
          expect(element.getBoundingClientRect().width, 'the width the story asks for').to.equal(Number(globals.width));
        }
        const expected = story.parameters?.state ?? 'ready';
        if (expected !== 'loading') {
          await waitUntil(() => element.getAttribute('state') !== 'loading', 'settled', {timeout: 5000});
        }
        expect(element.getAttribute('state')).to.equal(expected);
        await expect(wrapper).to.be.accessible();
      });
    }
  });
}

describe('embedding snippet', () => {
  it('gives the script tag, the attributes and the content as inline JSON', () => {
    const snippet = embedSnippet('thamm-news-card', {
      data: {title: 'Fin </script><script>alert(1)</script>', date: '2020-10-15'},
      'heading-level': 2,
      monochrome: true,
      src: undefined,
      onThammLoad: () => {},
      fallback: 'Lire <l’article>',
    });
    expect(snippet).to.equal(
      [
        '<script type="module" src="/assets/thamm-widgets.js"></script>',
        '',
        '<thamm-news-card heading-level="2" monochrome>',
        '  <script type="application/json">',
        '    {',
        '      "title": "Fin \\u003c/script>\\u003cscript>alert(1)\\u003c/script>",',
        '      "date": "2020-10-15"',
        '    }',
        '  </script>',
        '  <p>Lire &lt;l’article></p>',
        '</thamm-news-card>',
      ].join('\n'),
    );
  });

  it('makes a snippet that renders the same content when pasted into a page', async () => {
    const snippet = embedSnippet('thamm-quote', {data: quote.default.args?.data, variant: 'featured'});
    const wrapper = await fixture(html`<div></div>`);
    // Paste it (without the script tag: the element is already defined here).
    wrapper.innerHTML = snippet.replace(/^<script type="module".*$/m, '');
    const pasted = wrapper.querySelector('thamm-quote')!;
    await waitUntil(() => pasted.getAttribute('state') === 'ready', 'pasted quote renders');
    expect(pasted.getAttribute('variant')).to.equal('featured');
    expect(pasted.shadowRoot!.querySelector('[part=name]')!.textContent).to.equal('Rania Bikhazi');
  });
});
