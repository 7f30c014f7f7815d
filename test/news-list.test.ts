import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import '../src/news-list/define.js';
import type {ThammNewsList} from '../src/news-list/news-list.js';
import {newsItems, newsList} from '../stories/samples.js';
import {captureWarnings, seedUrl, shadow, stateOf, textOf} from './support/helpers.js';

/** The cards the list shows, in order. */
const cards = (list: Element) => [...shadow(list).querySelectorAll('thamm-news-card')];

/** The titles a reader sees, in order, once every card is ready. */
async function titles(list: Element) {
  const shown = cards(list);
  await Promise.all(shown.map((card) => stateOf(card, 'ready')));
  return shown.map((card) => textOf(card, '[part=title]'));
}

describe('<thamm-news-list>', () => {
  it('warns once of a heading-level outside 1–6; its cards, given a level that fits, do not', async () => {
    const warnings = captureWarnings();
    try {
      const el = await fixture<ThammNewsList>(html`<thamm-news-list heading-level="8" .data=${newsList()}></thamm-news-list>`);
      await stateOf(el, 'ready');
      await Promise.all(cards(el).map((card) => stateOf(card, 'ready')));
      el.limit = 2;
      await el.updateComplete;
      expect(shadow(el).querySelector('h6[part=title]'), 'the nearest level').to.exist;
      expect(warnings.messages).to.deep.equal(['<thamm-news-list> heading-level: 8 is not 1 to 6; 6 used']);
    } finally {
      warnings.restore();
    }
  });

  it('shows the newest three first, comparing date-only and date-time values as instants', async () => {
    const el = await fixture<ThammNewsList>(html`<thamm-news-list lang="en" .data=${newsList()}></thamm-news-list>`);
    await stateOf(el, 'ready');
    // 2021-03-02T09:30+01:00 is later than the day 2021-03-02 (its start, in UTC).
    expect(await titles(el)).to.deep.equal(['A regional meeting in Tunis', 'A workshop on skills recognition', 'A guide for mobility advisers']);
    const list = shadow(el).querySelector('ul')!;
    expect(list.children.length, 'one li per card').to.equal(3);
    expect([...list.children].every((li) => li.localName === 'li')).to.be.true;
    await expect(el).to.be.accessible();
  });

  it('shows at most `limit` items, and follows a new limit', async () => {
    const el = await fixture<ThammNewsList>(html`<thamm-news-list limit="1" .data=${newsItems()}></thamm-news-list>`);
    await stateOf(el, 'ready');
    expect(await titles(el)).to.deep.equal(['Une rencontre régionale à Tunis']);
    el.limit = 10;
    await el.updateComplete;
    expect(await titles(el)).to.have.length(5);
  });

  it('filters by a tag given in another language than the page, ignoring case', async () => {
    const el = await fixture<ThammNewsList>(html`<thamm-news-list lang="fr" tag="MOBILITY" .data=${newsItems()}></thamm-news-list>`);
    await stateOf(el, 'ready');
    expect(await titles(el)).to.deep.equal(['Une rencontre régionale à Tunis', 'Un guide pour les conseillers en mobilité']);
    el.tag = 'التنقل';
    await el.updateComplete;
    expect(await titles(el)).to.have.length(2);
  });

  it('takes a bare array, and gives its cards the level of the list', async () => {
    const el = await fixture<ThammNewsList>(html`<thamm-news-list heading-level="3" .data=${newsItems()}></thamm-news-list>`);
    await stateOf(el, 'ready');
    expect(shadow(el).querySelector('[part=title]'), 'no list title').to.equal(null);
    await Promise.all(cards(el).map((card) => stateOf(card, 'ready')));
    expect(cards(el).map((card) => shadow(card).querySelector('h1, h2, h3, h4, h5, h6')!.localName)).to.deep.equal(['h3', 'h3', 'h3']);
  });

  it('gives the list a title at heading-level and its cards the level below', async () => {
    const el = await fixture<ThammNewsList>(html`<thamm-news-list heading-level="2" .data=${newsList()}></thamm-news-list>`);
    await stateOf(el, 'ready');
    expect(shadow(el).querySelector('h2[part=title]')?.textContent).to.equal('Actualités THAMM');
    await Promise.all(cards(el).map((card) => stateOf(card, 'ready')));
    expect(shadow(cards(el)[0]).querySelector('h3')).to.exist;
  });

  it('says so, in state ready, when no item matches', async () => {
    const el = await fixture<ThammNewsList>(html`<thamm-news-list lang="ar" tag="nothing" .data=${newsList()}></thamm-news-list>`);
    await stateOf(el, 'ready');
    expect(cards(el)).to.have.length(0);
    expect(textOf(el, '[part=empty]')).to.equal('لا توجد أخبار في الوقت الحالي.');
    await expect(el).to.be.accessible();
  });

  it('links to more news, with a localized label unless the content names one', async () => {
    const el = await fixture<ThammNewsList>(html`<thamm-news-list lang="en" .data=${newsList()}></thamm-news-list>`);
    await stateOf(el, 'ready');
    const more = shadow(el).querySelector<HTMLAnchorElement>('a[part=more]')!;
    expect([more.textContent, more.href]).to.deep.equal(['All news', 'https://example.org/news']);
    el.data = {...newsList(), more: {url: '/news/', label: {fr: 'Toutes nos actualités', en: 'All our news'}}};
    await el.updateComplete;
    expect(textOf(el, '[part=more]')).to.equal('All our news');
    expect(shadow(el).querySelector<HTMLAnchorElement>('a[part=more]')!.href).to.equal(new URL('/news/', location.href).href);
  });

  it('drops a more link whose URL the policy refuses, with one warning', async () => {
    const warnings = captureWarnings();
    try {
      const el = await fixture<ThammNewsList>(html`<thamm-news-list .data=${{...newsList(), more: {url: 'javascript:alert(1)'}}}></thamm-news-list>`);
      await stateOf(el, 'ready');
      expect(shadow(el).querySelector('[part=more]')).to.equal(null);
      expect(warnings.messages).to.deep.equal(['<thamm-news-list> more.url: unsafe URL dropped ("javascript:alert(1)")']);
    } finally {
      warnings.restore();
    }
  });

  it('is right to left in Arabic, cards included, and follows a language change', async () => {
    const el = await fixture<ThammNewsList>(html`<thamm-news-list lang="ar" .data=${newsList()}></thamm-news-list>`);
    await stateOf(el, 'ready');
    expect(shadow(el).querySelector('section')!.dir).to.equal('rtl');
    expect(await titles(el)).to.deep.equal(['لقاء إقليمي في تونس', 'ورشة عمل حول الاعتراف بالمهارات', 'دليل لمستشاري التنقل']);
    // Each engine's own Arabic digits (Latin in Chromium and Firefox, Arabic-Indic in WebKit), as the card writes them.
    const date = new Intl.DateTimeFormat('ar', {dateStyle: 'long', timeZone: 'UTC'}).format(new Date('2021-06-21T00:00:00Z'));
    expect(shadow(cards(el)[0]).querySelector('time')!.textContent).to.equal(date);
    await expect(el).to.be.accessible();
    el.lang = 'fr';
    await el.updateComplete;
    expect(await titles(el)).to.deep.equal(['Une rencontre régionale à Tunis', 'Un atelier sur la reconnaissance des compétences', 'Un guide pour les conseillers en mobilité']);
    expect(shadow(el).querySelector('section')!.dir).to.equal('ltr');
  });

  it('announces its content once: the cards\' own events stay inside', async () => {
    const seen: string[] = [];
    const listen = (event: Event) => seen.push(`${(event.target as Element).localName} ${event.type}`);
    document.addEventListener('thamm-load', listen);
    try {
      const el = document.createElement('thamm-news-list') as ThammNewsList;
      el.data = newsList();
      const loaded = oneEvent(el, 'thamm-load');
      document.body.append(el);
      await loaded;
      await titles(el); // every card rendered, and fired its own thamm-load inside
      expect(seen).to.deep.equal(['thamm-news-list thamm-load']);
      el.remove();
    } finally {
      document.removeEventListener('thamm-load', listen);
    }
  });

  it('loads a bundle\'s news by src, with a placeholder of `limit` cards meanwhile', async () => {
    const el = await fixture<ThammNewsList>(html`<thamm-news-list limit="2" src=${seedUrl('/news', 300)}></thamm-news-list>`);
    expect(el.getAttribute('state')).to.equal('loading');
    expect(cards(el).map((card) => card.getAttribute('state')), 'placeholder cards').to.deep.equal(['loading', 'loading']);
    await stateOf(el, 'ready', 8000);
    const shown = await titles(el);
    expect(shown, 'the seed has one news item').to.have.length(1);
    expect(shown[0]).to.match(/^Lancement officiel du Programme/);
  });

  it('updates in place when new content comes: the same cards show the new items', async () => {
    const el = await fixture<ThammNewsList>(html`<thamm-news-list lang="en" .data=${newsItems()}></thamm-news-list>`);
    await stateOf(el, 'ready');
    await titles(el);
    const before = cards(el);
    el.data = newsItems().map((item) => ({...item, title: `${(item.title as {en: string}).en} (updated)`}));
    await el.updateComplete;
    expect(cards(el)).to.deep.equal(before);
    expect((await titles(el))[0]).to.equal('A regional meeting in Tunis (updated)');
  });

  // A missing field, and one misspelt beside it (named, deep in an item).
  for (const [items, message] of [
    [[{title: 'Sans date'}], 'items.0.date: required'],
    [[{date: '2020-10-15', titre: 'Lancement'}], 'items.0.title: required (found "titre")'],
  ] as const) {
    it(`shows its error state for an invalid item, naming it: ${message}`, async () => {
      const warnings = captureWarnings();
      try {
        const el = document.createElement('thamm-news-list') as ThammNewsList;
        el.data = {items};
        const failed = oneEvent(el, 'thamm-error');
        document.body.append(el);
        expect((await failed).detail.message).to.equal(message);
        el.remove();
        expect(warnings.messages).to.deep.equal([`<thamm-news-list> ${message}`]);
      } finally {
        warnings.restore();
      }
    });
  }

  it('lays the cards out in columns when wide, one column when narrow', async () => {
    const wrapper = await fixture(html`<div style="width: 1000px"><thamm-news-list .data=${newsItems()}></thamm-news-list></div>`);
    const el = wrapper.querySelector('thamm-news-list')!;
    await stateOf(el, 'ready');
    const tops = () => cards(el).map((card) => Math.round(card.getBoundingClientRect().top));
    expect(new Set(tops()).size, 'one row at 1000 px').to.equal(1);
    (wrapper as HTMLElement).style.width = '300px';
    expect(new Set(tops()).size, 'one column at 300 px').to.equal(3);
  });
});
