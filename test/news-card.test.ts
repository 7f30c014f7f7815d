import {expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import '../src/news-card/define.js';
import type {ThammNewsCard} from '../src/news-card/news-card.js';
import {whileStreaming} from './support/engines.js';
import {mountWithFailingImage, newsItem, seedUrl, shadow, stateOf, textOf, warningsInEachTest} from './support/helpers.js';

describe('<thamm-news-card>', () => {
  const warnings = warningsInEachTest();
  describe('content in', () => {
    it('takes an inline script that arrives after the element was upgraded', async () => {
      const el = await fixture<ThammNewsCard>(html`<thamm-news-card></thamm-news-card>`);
      expect(el.state, 'no content yet').to.equal('loading');
      const script = document.createElement('script');
      script.type = 'application/json';
      el.append(script);
      // The parser fills the script after inserting it.
      script.textContent = JSON.stringify(newsItem({title: 'Arrivé plus tard'}));
      await stateOf(el, 'ready');
      expect(textOf(el, '[part=title]')).to.equal('Arrivé plus tard');
    });

    it('waits for inline JSON that the page is still streaming when the element upgrades', async () => {
      const v = `streamed-${Math.random()}`;
      const frame = await fixture<HTMLIFrameElement>(html`<iframe title="CMS page" src=${`/mock/streamed-page?v=${v}`}></iframe>`);
      const win = () => frame.contentWindow as Window & {failures?: string[]; defined?: boolean};
      // Defined while the parser waits inside the JSON: the element must not fail on half a document.
      if (await whileStreaming(() => win().defined, 'defined while streaming')) {
        expect(win().document.readyState, 'still parsing').to.equal('loading');
      }
      await fetch(`/mock/release?v=${v}`); // the rest of the page
      const card = () => win().document.querySelector('thamm-news-card');
      await waitUntil(() => card()?.getAttribute('state') === 'ready', 'ready once complete', {timeout: 5000});
      expect(card()!.shadowRoot!.querySelector('[part=title]')!.textContent).to.equal('Arrivée en flux');
      expect(win().failures, 'no thamm-error on the way').to.deep.equal([]);
    });

    it('resolves ~0 and ~1 escapes in the pointer', async () => {
      const doc = JSON.stringify({'a/b': {'m~n': newsItem({title: 'Échappé'})}});
      const src = `/mock/json?body=${encodeURIComponent(doc)}#/a~1b/m~0n`;
      const el = await fixture<ThammNewsCard>(html`<thamm-news-card src=${src}></thamm-news-card>`);
      await stateOf(el, 'ready');
      expect(textOf(el, '[part=title]')).to.equal('Échappé');
    });

  });

  describe('fields and semantics', () => {
    it('renders every field with its semantics', async () => {
      const el = await fixture<ThammNewsCard>(html`<thamm-news-card .data=${newsItem()}></thamm-news-card>`);
      const root = shadow(el);
      expect(root.querySelector('article'), 'an article').to.exist;
      expect(root.querySelector('h3')?.textContent).to.contain('Lancement officiel');
      const time = root.querySelector('time')!;
      expect(time.getAttribute('datetime')).to.equal('2020-10-15');
      expect(time.textContent).to.equal('15 octobre 2020');
      expect(textOf(el, '[part=category]')).to.equal('Actualité');
      expect(textOf(el, '[part=location]')).to.equal('Rabat, Maroc');
      expect(textOf(el, '[part=summary]')).to.equal('Le programme a été lancé le 14 octobre 2020 à Rabat.');
      const tags = [...root.querySelectorAll('ul[part=tags] li')].map((li) => li.textContent);
      expect(tags).to.deep.equal(['THAMM', 'Migration', 'Maroc']);
      expect(root.querySelector('ul')?.getAttribute('aria-label')).to.equal('Mots-clés');
      await expect(el).to.be.accessible();
    });

    it('puts one separator between the date and the location, also when the location is in another language', async () => {
      const el = await fixture<ThammNewsCard>(html`<thamm-news-card lang="en" .data=${newsItem({location: {fr: 'Rabat, Maroc'}})}></thamm-news-card>`);
      const location = shadow(el).querySelector('[part=location]')!;
      expect(location.querySelector('span[lang=fr]'), 'the French text is marked').to.exist;
      const separators = [location, ...location.querySelectorAll('*')]
        .map((node) => getComputedStyle(node, '::before').content)
        .filter((content) => content !== 'none');
      expect(separators).to.deep.equal(['" · "']);
    });

    it('has one link, named by the title, whose target covers the card', async () => {
      const el = await fixture<ThammNewsCard>(html`<div style="width: 400px">
        <thamm-news-card .data=${newsItem()}></thamm-news-card></div>`);
      const card = el.querySelector('thamm-news-card')!;
      const links = shadow(card).querySelectorAll('a');
      expect(links.length, 'exactly one link').to.equal(1);
      expect(links[0].getAttribute('href')).to.equal('https://example.org/thamm');
      expect(links[0].textContent).to.equal('Lancement officiel du programme THAMM au Maroc');
      // A click on the summary lands on the link's stretched target.
      const summary = shadow(card).querySelector('[part=summary]')!.getBoundingClientRect();
      const hit = shadow(card).elementFromPoint(summary.left + 5, summary.top + 5);
      expect(hit, 'the link receives clicks anywhere on the card').to.equal(links[0]);
    });

    it('keeps focus on its link when it re-renders in another language', async () => {
      const title = {fr: 'Lancement du programme', en: 'Programme launch'};
      const el = await fixture<ThammNewsCard>(html`<thamm-news-card lang="fr" .data=${newsItem({title})}></thamm-news-card>`);
      const link = shadow(el).querySelector('a')!;
      link.focus();
      el.lang = 'en';
      await el.updateComplete;
      expect(link.textContent, 'the same link, now in English').to.equal('Programme launch');
      expect(shadow(el).activeElement, 'focus stays where the reader left it').to.equal(link);
    });

    it('shows nothing of the optional fields it was not given', async () => {
      const el = await fixture<ThammNewsCard>(html`<thamm-news-card .data=${{title: 'Titre seul', date: '2020-10-15'}}></thamm-news-card>`);
      const visible = [...shadow(el).querySelectorAll('[part]')].filter((part) => part.checkVisibility()).map((part) => part.getAttribute('part'));
      expect(visible).to.deep.equal(['card', 'body', 'title', 'meta']);
      expect(textOf(el, '[part=meta]')).to.equal('15 octobre 2020');
      await expect(el).to.be.accessible();
    });

    it('renders no link without a url', async () => {
      const el = await fixture<ThammNewsCard>(html`<thamm-news-card .data=${newsItem({url: undefined})}></thamm-news-card>`);
      expect(shadow(el).querySelector('a')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('sets the heading level from heading-level', async () => {
      const el = await fixture<ThammNewsCard>(html`<thamm-news-card heading-level="2" .data=${newsItem()}></thamm-news-card>`);
      expect(shadow(el).querySelector('h2'), 'an h2').to.exist;
      el.headingLevel = 5;
      await el.updateComplete;
      expect(shadow(el).querySelector('h5'), 'an h5').to.exist;
      el.setAttribute('heading-level', '99');
      await el.updateComplete;
      expect(shadow(el).querySelector('h6'), 'clamped to h6').to.exist;
      expect(shadow(el).querySelectorAll('h2, h5'), 'one heading only').to.have.length(0);
      expect(shadow(el).querySelector('h6 > a[part=link]')?.textContent, 'the link moved with the title').to.equal(
        'Lancement officiel du programme THAMM au Maroc',
      );
    });

    it('warns once of a heading-level outside 1–6, naming the element and the attribute', async () => {
      const el = await fixture<ThammNewsCard>(html`<thamm-news-card heading-level="9" .data=${newsItem()}></thamm-news-card>`);
      expect(shadow(el).querySelector('h6'), 'the nearest level').to.exist;
      el.data = newsItem({title: 'Autre titre'});
      await el.updateComplete;
      el.setAttribute('lang', 'en');
      await el.updateComplete;
      expect(warnings.messages, 'once, through re-renders').to.deep.equal(['<thamm-news-card> heading-level: 9 is not 1 to 6; 6 used']);
    });

    it('does not warn of a heading-level from 1 to 6, nor of none', async () => {
      for (const level of ['1', '6', null]) {
        const el = await fixture<ThammNewsCard>(html`<thamm-news-card .data=${newsItem()}></thamm-news-card>`);
        if (level) el.setAttribute('heading-level', level);
        else el.removeAttribute('heading-level');
        await el.updateComplete;
        expect(shadow(el).querySelector(`h${level ?? 3}`), `h${level ?? 3}`).to.exist;
      }
      expect(warnings.messages).to.deep.equal([]);
    });

    it('names a misspelt field beside the missing one, and not an unrelated field', async () => {
      const el = await fixture<ThammNewsCard>(html`<thamm-news-card .data=${{titel: 'THAMM', date: '2020-10-15'}}></thamm-news-card>`);
      await stateOf(el, 'error');
      el.data = {date: '2020-10-15', type: 'actualité'};
      await el.updateComplete;
      el.data = {title: 'THAMM', date: '2020-10-15', image: {scr: 'content/a.jpg', alt: 'Une photo'}};
      await el.updateComplete;
      expect(warnings.messages).to.deep.equal([
        '<thamm-news-card> title: required (found "titel")',
        '<thamm-news-card> title: required',
        '<thamm-news-card> image.src: required (found "scr")',
      ]);
    });

    it('underlines its title lightly, below the descenders (Arabic ones too)', async () => {
      const el = await fixture<ThammNewsCard>(html`<thamm-news-card lang="ar" .data=${newsItem({title: {ar: 'الإطلاق الرسمي لبرنامج تهام في المغرب'}})}></thamm-news-card>`);
      const link = getComputedStyle(shadow(el).querySelector('[part=link]')!);
      expect(link.textDecorationLine).to.equal('underline');
      expect(link.textUnderlinePosition, 'under the descenders, not through them').to.equal('under');
      expect(parseFloat(link.textDecorationThickness), 'a light line').to.be.at.most(parseFloat(link.fontSize) / 12);
      await expect(el).to.be.accessible();
    });

    it('follows new content that drops fields and then brings them back', async () => {
      const el = await fixture<ThammNewsCard>(html`<thamm-news-card .data=${newsItem()}></thamm-news-card>`);
      const visibleParts = () =>
        [...shadow(el).querySelectorAll('[part]')].filter((part) => part.checkVisibility()).map((part) => part.getAttribute('part'));
      const full = visibleParts();
      expect(full).to.include.members(['image', 'link', 'category', 'location', 'summary', 'tags']);

      el.data = {title: 'Titre seul', date: '2021-01-02'};
      await el.updateComplete;
      expect(visibleParts()).to.deep.equal(['card', 'body', 'title', 'meta']);
      expect(shadow(el).querySelectorAll('a, img, ul, li'), 'no link, image or tags left behind').to.have.length(0);
      expect(textOf(el, '[part=title]')).to.equal('Titre seul');
      expect(textOf(el, '[part=meta]')).to.equal('2 janvier 2021');

      el.data = newsItem({tags: ['Mobilité']});
      await el.updateComplete;
      const withoutTags = (parts: (string | null)[]) => parts.filter((part) => part !== 'tag');
      expect(withoutTags(visibleParts()), 'every field back').to.deep.equal(withoutTags(full));
      expect([...shadow(el).querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal(['Mobilité']);
      expect(shadow(el).querySelector('a')?.textContent).to.equal('Lancement officiel du programme THAMM au Maroc');
      await expect(el).to.be.accessible();
    });

    it('gives the image its size, lazy loading and async decoding', async () => {
      const el = await fixture<ThammNewsCard>(html`<thamm-news-card .data=${newsItem()}></thamm-news-card>`);
      const img = shadow(el).querySelector('img')!;
      expect(img.getAttribute('alt')).to.equal('La cérémonie de lancement');
      expect(img.getAttribute('width')).to.equal('1200');
      expect(img.getAttribute('height')).to.equal('675');
      expect(img.getAttribute('loading')).to.equal('lazy');
      expect(img.getAttribute('decoding')).to.equal('async');
    });

    it('reserves the image box before the image arrives (no layout shift)', async () => {
      const wrapper = await fixture(html`<div style="width: 320px">
        <thamm-news-card .data=${newsItem({image: {src: '/mock/status?code=204&delay=400', alt: ''}})}></thamm-news-card></div>`);
      const img = shadow(wrapper.querySelector('thamm-news-card')!).querySelector('img')!;
      const {width, height} = img.getBoundingClientRect();
      expect(height, '16:9 box held open').to.be.closeTo((width * 9) / 16, 1);
    });

    it('reserves the box of the content\'s width and height before the image arrives', async () => {
      const wrapper = await fixture(html`<div style="width: 320px">
        <thamm-news-card .data=${newsItem({image: {src: '/mock/status?code=204&delay=400', alt: '', width: 1200, height: 600}})}>
        </thamm-news-card></div>`);
      const img = shadow(wrapper.querySelector('thamm-news-card')!).querySelector('img')!;
      const {width, height} = img.getBoundingClientRect();
      expect(width, 'full width').to.be.closeTo(318, 1);
      expect(height, '2:1 box held open, from width and height').to.be.closeTo(width / 2, 1);
    });

    it('removes an image that fails to load, leaving a clean card', async () => {
      const {el, failed} = await mountWithFailingImage<ThammNewsCard>('thamm-news-card',
        newsItem({image: {src: '/mock/status?code=404', alt: 'Cassée'}}));
      expect((await failed).alt, 'the image was shown').to.equal('Cassée');
      await waitUntil(() => !shadow(el).querySelector('img'), 'no broken image');
      expect(textOf(el, '[part=title]')).to.contain('Lancement');
      await expect(el).to.be.accessible();
      el.data = newsItem();
      await el.updateComplete;
      expect(shadow(el).querySelector('img')?.getAttribute('src'), 'new content, its image shown').to.match(/thamm-launch\.svg$/);
    });

    it('stacks when narrow and puts the image beside the text when wide', async () => {
      const narrow = await fixture(html`<div style="width: 200px"><thamm-news-card .data=${newsItem()}></thamm-news-card></div>`);
      const wide = await fixture(html`<div style="width: 800px"><thamm-news-card .data=${newsItem()}></thamm-news-card></div>`);
      const box = (host: Element, part: string) =>
        shadow(host.querySelector('thamm-news-card')!).querySelector(`[part=${part}]`)!.getBoundingClientRect();
      expect(box(narrow, 'image').bottom, 'image above the text').to.be.at.most(box(narrow, 'body').top + 1);
      expect(box(wide, 'image').right, 'image beside the text').to.be.at.most(box(wide, 'body').left + 1);
      expect(box(wide, 'image').top).to.be.closeTo(box(wide, 'body').top, 1);
    });

    it('has no horizontal overflow at 200 px, even with a very long word', async () => {
      const long = 'Gouvernance'.repeat(20);
      const wrapper = await fixture(html`<div style="width: 200px">
        <thamm-news-card .data=${newsItem({title: long, tags: [long]})}></thamm-news-card></div>`);
      const card = wrapper.querySelector('thamm-news-card')!;
      const article = shadow(card).querySelector('article')!;
      expect(article.scrollWidth, 'no horizontal scroll').to.be.at.most(article.clientWidth + 1);
      expect(card.getBoundingClientRect().width).to.equal(200);
    });

    it('keeps its size when the page sets html { font-size: 62.5% }', async () => {
      const el = await fixture<ThammNewsCard>(html`<div style="font-size: 16px"><thamm-news-card .data=${newsItem()}></thamm-news-card></div>`);
      const title = () => getComputedStyle(shadow(el.firstElementChild!).querySelector('h3')!).fontSize;
      const before = title();
      document.documentElement.style.fontSize = '62.5%';
      try {
        expect(title()).to.equal(before);
      } finally {
        document.documentElement.style.fontSize = '';
      }
    });
  });

  describe('loading', () => {
    it('shows a placeholder with the image box of the final card while loading', async () => {
      const wrapper = await fixture(html`<div style="width: 320px">
        <thamm-news-card src=${seedUrl('/news/0', 300)}></thamm-news-card></div>`);
      const el = wrapper.querySelector('thamm-news-card')!;
      expect(el.getAttribute('state')).to.equal('loading');
      expect(textOf(el, '.visually-hidden'), 'loading announced to screen readers').to.equal('Chargement…');
      const placeholder = shadow(el).querySelector('.placeholder-media')!.getBoundingClientRect();
      expect(placeholder.height, 'image box reserved').to.be.closeTo((placeholder.width * 9) / 16, 1);
      await expect(el).to.be.accessible();
    });
  });

  describe('hostile content', () => {
    const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';

    it('renders markup in every text field as text', async () => {
      const el = await fixture<ThammNewsCard>(html`<thamm-news-card .data=${newsItem({
        title: hostile, category: hostile, summary: hostile, location: hostile, tags: [hostile],
        image: {src: '/content/images/thamm-launch.svg', alt: hostile},
      })}></thamm-news-card>`);
      // Had the markup become elements, its image would have failed to load by the time ours does.
      const probe = new Image();
      probe.src = 'x';
      await oneEvent(probe, 'error');
      const root = shadow(el);
      expect(root.querySelectorAll('script').length, 'no script element').to.equal(0);
      expect(root.querySelectorAll('img').length, 'only the content image').to.equal(1);
      expect(textOf(el, '[part=title]')).to.equal(hostile);
      expect(textOf(el, '[part=summary]')).to.equal(hostile);
      expect((window as {__pwned?: number}).__pwned).to.equal(undefined);
    });

    const unsafeUrls = [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      '\u0000javascript:alert(1)',
      '\u0001 javascript:alert(1)',
      'vbscript:msgbox(1)',
      'data:text/html,<script>alert(1)</script>',
      'DATA:text/html;base64,PHNjcmlwdD4=',
      'javascript&colon;alert(1)',
      'file:///etc/passwd',
      'thamm-unknown:foo',
    ];

    for (const url of unsafeUrls) {
      it(`drops the unsafe link and image URL ${JSON.stringify(url)} and keeps the text`, async () => {
        const el = await fixture<ThammNewsCard>(html`<thamm-news-card
          .data=${newsItem({url, image: {src: url, alt: 'x'}})}></thamm-news-card>`);
        const root = shadow(el);
        const hrefs = [...root.querySelectorAll('[href]')].map((a) => a.getAttribute('href'));
        const srcs = [...root.querySelectorAll('[src]')].map((a) => a.getAttribute('src'));
        // `javascript&colon;` is a relative path, not a scheme: it resolves to an http(s) URL.
        for (const value of [...hrefs, ...srcs]) expect(value).to.match(/^https?:/);
        expect(textOf(el, '[part=title]')).to.equal('Lancement officiel du programme THAMM au Maroc');
        if (!url.includes('&colon;')) {
          expect(warnings.messages.some((m) => m.includes('url: unsafe URL dropped'))).to.equal(true);
          expect(warnings.messages.some((m) => m.includes('image.src: unsafe URL dropped'))).to.equal(true);
        }
      });
    }

    it('keeps relative URLs, resolved against the page', async () => {
      const el = await fixture<ThammNewsCard>(html`<thamm-news-card .data=${newsItem({url: 'news/1'})}></thamm-news-card>`);
      expect(shadow(el).querySelector('a')!.getAttribute('href')).to.equal(new URL('news/1', document.baseURI).href);
    });

    it('keeps data:image URLs for images only', async () => {
      const png = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
      const el = await fixture<ThammNewsCard>(html`<thamm-news-card .data=${newsItem({url: png, image: {src: png, alt: ''}})}></thamm-news-card>`);
      expect(shadow(el).querySelector('img')?.getAttribute('src')).to.equal(png);
      expect(shadow(el).querySelector('a'), 'no data: link').to.equal(null);
    });
  });
});
