import {expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import type {TemplateResult} from 'lit';
import {frame, initialGlobals} from '../.storybook/frame.js';
import * as contactBadge from '../stories/contact-badge.stories.js';
import {storySnippet} from '../stories/embed-snippet.js';
import * as newsCard from '../stories/news-card.stories.js';
import * as newsList from '../stories/news-list.stories.js';
import * as partnerStrip from '../stories/partner-strip.stories.js';
import * as quote from '../stories/quote.stories.js';
import {THEME_EXAMPLES, themeProperties} from '../stories/docs/theme-examples.js';
import {SEED} from '../stories/samples.js';
import {resolvePointer} from '../src/core/json-pointer.js';
import {warningsInEachTest} from './support/helpers.js';

// The story files are the single source: every story they export is rendered
// here as Storybook would (meta args, then story args, through the render
// function, in the preview's frame with the story's globals), must reach the
// state it declares, and must pass axe.
type Globals = Record<string, unknown>;
type Render = (args: Record<string, unknown>, context: {globals: Globals}) => TemplateResult;
type StoryModule = Record<string, unknown> & {
  default: {title: string; component: string; args?: object; globals?: Globals; render: Render};
};
type StoryExport = {args?: object; globals?: Globals; render?: Render; parameters?: {state?: string}};

// The frame's widths come from Storybook's preview stylesheet.
before(async () => {
  const link = Object.assign(document.createElement('link'), {rel: 'stylesheet', href: '/.storybook/preview.css'});
  const loaded = oneEvent(link, 'load');
  document.head.append(link);
  await loaded;
});

const modules = [newsCard, quote, partnerStrip, contactBadge, newsList] as unknown as StoryModule[];

/** Renders a story as Storybook does: meta args, then the story's, in the preview's frame with its globals. */
async function renderStory(meta: StoryModule['default'], story: StoryExport, globals: Globals) {
  const args = {...meta.args, ...story.args} as Record<string, unknown>;
  const wrapper = await fixture(html`<div>${frame((story.render ?? meta.render)(args, {globals}), globals)}</div>`);
  const element = wrapper.querySelector(meta.component)!;
  expect(element, meta.component).to.exist;
  if ((story.parameters?.state ?? 'ready') !== 'loading') {
    await waitUntil(() => element.getAttribute('state') !== 'loading', 'settled', {timeout: 5000});
  }
  return {wrapper, element, args};
}

/** The text a reader sees: every rendered text node, in the element's light and shadow trees, nested widgets included. */
function visibleText(root: Element): string {
  const texts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      if (node.parentElement?.checkVisibility() && node.textContent!.trim()) texts.push(node.textContent!.trim());
      return;
    }
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    node.childNodes.forEach(walk);
  };
  walk(root);
  return texts.join('\n');
}

/** The French variants in `value` that have a different `locale` variant: none may show in that locale. */
function translatedFrench(value: unknown, locale: string, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((item) => translatedFrench(item, locale, found));
  else if (value && typeof value === 'object') {
    const text = value as Record<string, unknown>;
    if (typeof text.fr === 'string' && typeof text[locale] === 'string' && text[locale] !== text.fr) found.add(text.fr);
    Object.values(text).forEach((item) => translatedFrench(item, locale, found));
  }
  return found;
}

/** Words and letters that only French text has here: a sample left untranslated. */
const FRENCH = /[àâçèéêëîïôœùû]|\b(le|la|les|des|du|et|au|aux|une|pour|sur|avec|dans|sans)\b/i;

/** The content a story shows: its `data`, or the part of the document its `src` selects. */
async function contentOf(args: Record<string, unknown>) {
  if (args.data !== undefined || typeof args.src !== 'string') return args.data;
  const [path, pointer = ''] = args.src.split('#');
  return resolvePointer(await (await fetch(path)).json(), decodeURIComponent(pointer));
}

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
        const globals = {...initialGlobals, ...meta.globals, ...story.globals};
        const {wrapper, element} = await renderStory(meta, story, globals);
        if (globals.width !== 'auto') {
          expect(element.getBoundingClientRect().width, 'the width the story asks for').to.equal(Number.parseInt(String(globals.width), 10));
        }
        expect(element.getAttribute('state')).to.equal(story.parameters?.state ?? 'ready');
        await expect(wrapper).to.be.accessible();
      });

      // The language toolbar: a story pins the language only when its content has no other.
      for (const locale of ['en', 'ar']) {
        it(`${name} in ${locale}: no French where a translation exists, ${locale === 'ar' ? 'right to left' : 'left to right'}`, async () => {
          const globals = {...initialGlobals, ...meta.globals, locale, ...story.globals};
          const {element, args} = await renderStory(meta, story, globals);
          const shown = globals.locale as string;
          expect(getComputedStyle(element).direction, 'direction').to.equal(shown === 'ar' ? 'rtl' : 'ltr');
          if (shown === 'fr') return;
          const text = visibleText(element);
          for (const french of translatedFrench([await contentOf(args), args.fallback], shown)) {
            expect(text, `"${french}" has a ${shown} translation`).not.to.include(french);
          }
          expect(text.match(FRENCH)?.[0], `French in the ${shown} story:\n${text}`).to.equal(undefined);
        });
      }
    }
  });
}

describe('the Code panel\'s snippet', () => {
  const integrity = 'sha384-test';
  const documents = async () => ({[SEED]: (await (await fetch(SEED)).json()) as unknown});

  it('gives the script tag with its integrity, the element form and the blockquote form, in the toolbar\'s language', () => {
    const snippet = storySnippet('thamm-news-card', {
      data: {title: 'Fin </script><script>alert(1)</script>', date: '2020-10-15', url: 'https://example.org/fin'},
      'heading-level': 2,
      src: undefined,
      onThammLoad: () => {},
      fallback: 'ignored: the fallback is made from the content',
    }, {lang: 'en', integrity});
    expect(snippet).to.equal(
      [
        '<!-- Element form: for templates, static sites and plain HTML. Load the script once per page. -->',
        '<script type="module" src="/assets/thamm-widgets.js" integrity="sha384-test" crossorigin="anonymous"></script>',
        '',
        '<thamm-news-card lang="en" heading-level="2">',
        '  <script type="application/json">',
        '    {',
        '      "title": "Fin \\u003c/script>\\u003cscript>alert(1)\\u003c/script>",',
        '      "date": "2020-10-15",',
        '      "url": "https://example.org/fin"',
        '    }',
        '  </script>',
        '  <p><a href="https://example.org/fin">Fin &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;</a>, October 15, 2020</p>',
        '</thamm-news-card>',
        '',
        '<!-- Blockquote form: for WordPress posts and Drupal text formats. cite: where content/thamm.json is published. -->',
        '<blockquote cite="https://www.example.org/content/thamm.json#/news/0" class="thamm-embed" lang="en" data-heading-level="2">',
        '  <p><a href="https://example.org/fin">Fin &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;</a>, October 15, 2020</p>',
        '</blockquote>',
      ].join('\n'),
    );
  });

  it('follows the language: Arabic text and date, dir="rtl"', () => {
    const snippet = storySnippet('thamm-quote', {...quote.default.args}, {lang: 'ar'});
    expect(snippet).to.include('<thamm-quote lang="ar" dir="rtl">');
    expect(snippet).to.include('<blockquote cite="https://www.example.org/content/thamm.json#/quotes/0" class="thamm-embed" lang="ar" dir="rtl">');
    expect(snippet).to.include('<p>«الهجرة عن اختيار لا عن ضرورة»</p>');
    expect(snippet).not.to.include('integrity=', 'no integrity when none is known');
  });

  it('a story that loads src: the element keeps src, the fallback comes from the document', async () => {
    const args = {...newsCard.default.args, ...newsCard.SeedArticle.args} as Record<string, unknown>;
    const snippet = storySnippet('thamm-news-card', args, {lang: 'fr', integrity, documents: await documents()});
    expect(snippet).to.include(`<thamm-news-card src="${SEED}#/news/0" lang="fr" heading-level="3">`);
    expect(snippet).not.to.include('application/json');
    expect(snippet).to.include(`<blockquote cite="https://www.example.org/${SEED}#/news/0"`);
    expect(snippet).to.match(/<p><a href="https:\/\/www\.ilo\.org\/">Lancement officiel du Programme .*<\/a>, 15 octobre 2020<\/p>/);
  });

  for (const module of modules) {
    const meta = module.default;
    it(`${meta.title}: every ready story has both forms; the others say why there is none`, async () => {
      for (const [name, story] of Object.entries(module).filter(([key]) => key !== 'default') as [string, StoryExport][]) {
        const args = {...meta.args, ...story.args} as Record<string, unknown>;
        const snippet = storySnippet(meta.component, args, {lang: 'fr', integrity, documents: await documents()});
        if ((story.parameters?.state ?? 'ready') === 'ready') {
          expect(snippet, name).to.include(`<${meta.component} `).and.include('<blockquote cite=');
        } else {
          expect(snippet, name).to.match(/^<!-- (No snippet: <thamm-[a-z-]+> \S+: .+|This story has no content yet: nothing to embed\.) -->$/);
        }
      }
    });
  }

  it('an element that thamm-widgets/html does not make yet: its tag, attributes and inline JSON', () => {
    const snippet = storySnippet('thamm-future', {data: {a: '</script>'}, limit: 3, monochrome: true, hidden: false, onThammLoad: () => {}}, {lang: 'en', integrity});
    expect(snippet).to.equal([
      '<script type="module" src="/assets/thamm-widgets.js" integrity="sha384-test" crossorigin="anonymous"></script>',
      '',
      '<thamm-future lang="en" limit="3" monochrome>',
      '  <script type="application/json">',
      '    {',
      '      "a": "\\u003c/script>"',
      '    }',
      '  </script>',
      '</thamm-future>',
    ].join('\n'));
  });

  it('makes an element form that renders the same content when pasted into a page', async () => {
    const snippet = storySnippet('thamm-quote', {data: quote.default.args?.data, variant: 'featured'}, {lang: 'fr'});
    const wrapper = await fixture(html`<div></div>`);
    // Paste it (without the script tag: the element is already defined here).
    wrapper.innerHTML = snippet.slice(0, snippet.indexOf('<!-- Blockquote')).replace(/^<script type="module".*$/m, '');
    const pasted = wrapper.querySelector('thamm-quote')!;
    await waitUntil(() => pasted.getAttribute('state') === 'ready', 'pasted quote renders');
    expect(pasted.getAttribute('variant')).to.equal('featured');
    expect(pasted.shadowRoot!.querySelector('[part=name]')!.textContent).to.equal('Rania Bikhazi');
  });
});

describe('the Theming page', () => {
  it('has a live example for every --thamm-* property in custom-elements.json, and for no other', async () => {
    const manifest = (await (await fetch('/custom-elements.json')).json()) as Parameters<typeof themeProperties>[0];
    const names = themeProperties(manifest).map(({name}) => name);
    expect(names.length, 'properties in the manifest').to.be.greaterThan(10);
    expect(Object.keys(THEME_EXAMPLES).sort()).to.deep.equal([...names].sort());
  });
});
