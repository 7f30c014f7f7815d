import {expect, fixture, html} from '@open-wc/testing';
import {configureLocalization, msg} from '@lit/localize';
import '../src/news-card/define.js';
import type {ThammNewsCard} from '../src/news-card/news-card.js';
import {newsItem, shadow} from './support/helpers.js';

// This page uses @lit/localize for itself, with its own locales and a message
// id that clashes with one of ours. The widgets must not care.
const {setLocale} = configureLocalization({
  sourceLocale: 'en',
  targetLocales: ['de'],
  loadLocale: () => Promise.resolve({templates: {'news.tags': 'Schlagwörter der Seite'}}),
});

describe('a host page that configures @lit/localize itself', () => {
  before(() => setLocale('de'));

  it('keeps its own translations working', () => {
    expect(msg('Tags', {id: 'news.tags'})).to.equal('Schlagwörter der Seite');
  });

  it('does not change the widgets\' UI strings', async () => {
    const wrapper = await fixture(html`<div>
      <thamm-news-card lang="fr" .data=${newsItem()}></thamm-news-card>
      <thamm-news-card lang="ar" .data=${newsItem()}></thamm-news-card>
      <thamm-news-card lang="en" .data=${newsItem()}></thamm-news-card></div>`);
    const labels = [...wrapper.querySelectorAll<ThammNewsCard>('thamm-news-card')].map((card) =>
      shadow(card).querySelector('ul')!.getAttribute('aria-label'),
    );
    expect(labels).to.deep.equal(['Mots-clés', 'الكلمات المفتاحية', 'Tags']);
  });
});
