import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {initialGlobals} from '../.storybook/frame.js';
import {THEME_EXAMPLES, themeProperties} from '../stories/docs/theme-examples.js';
import {storySnippet} from '../stories/embed-snippet.js';
import * as newsCard from '../stories/news-card.stories.js';
import * as quote from '../stories/quote.stories.js';
import {SEED} from '../stories/samples.js';
import {warningsInEachTest} from './support/helpers.js';
import {loadPreviewStyles, modules, renderStory, storiesOf, type StoryExport} from './support/stories.js';

// The story files are the single source: every story they export is rendered
// here as Storybook would (test/support/stories.ts), must reach the state it
// declares, and must pass axe. test/stories-languages.test.ts renders them in en and ar.
before(loadPreviewStyles);

for (const module of modules) {
  const meta = module.default;
  describe(`stories: ${meta.title}`, () => {
    warningsInEachTest(); // some cases warn on purpose
    const stories = storiesOf(module);

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
