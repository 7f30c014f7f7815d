import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import type * as Vue from 'vue';
import type * as ReactFixture from './react/fixture.js';
import {newsItem, quote} from './support/helpers.js';

for (const major of ['18', '19']) {
  describe(`React ${major} wrappers (thamm-widgets/react)`, () => {
    it('passes data as a property and delivers onThammLoad and onThammError', async () => {
      const react = (await import(/* @vite-ignore */ `/react-fixture/${major}.js`)) as typeof ReactFixture;
      expect(react.version.split('.')[0]).to.equal(major);
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      const mounted = react.mount(container);
      mounted.render(newsItem({title: {fr: 'Titre', en: 'Title from React'}}), quote());
      const card = container.querySelector('thamm-news-card')!;
      await waitUntil(() => mounted.loads.length === 2, 'both loaded');
      expect(card.shadowRoot!.querySelector('h2')!.textContent).to.equal('Title from React');
      expect(container.querySelector('thamm-quote')!.getAttribute('variant')).to.equal('featured');
      expect((mounted.loads[0] as {id: string}).id).to.equal('launch');
      // New props: invalid content reaches onThammError.
      mounted.render({title: 'Sans date'}, quote());
      await waitUntil(() => mounted.errors.length === 1, 'onThammError');
      expect(mounted.errors).to.deep.equal(['date: required']);
      expect(card.getAttribute('state')).to.equal('error');
      mounted.root.unmount();
    });
  });
}

describe('Vue 3', () => {
  it('renders the elements with isCustomElement, data as a property and @thamm-load', async () => {
    // Vue's self-contained browser build: what a page without a bundler loads.
    const vueBuild = '/node_modules/vue/dist/vue.esm-browser.prod.js';
    const {createApp} = (await import(/* @vite-ignore */ vueBuild)) as typeof Vue;
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    await import('../src/all.js');
    const loads: unknown[] = [];
    const app = createApp({
      data: () => ({item: newsItem({title: 'Depuis Vue'})}),
      methods: {loaded: (event: CustomEvent) => loads.push(event.detail)},
      template: '<thamm-news-card lang="fr" :data="item" @thamm-load="loaded"></thamm-news-card>',
    });
    app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('thamm-');
    app.mount(container);
    await waitUntil(() => loads.length === 1, 'loaded');
    const card = container.querySelector('thamm-news-card')!;
    expect(card.shadowRoot!.querySelector('[part=title]')!.textContent).to.equal('Depuis Vue');
    expect(card.hasAttribute('data'), 'data is a property, not an attribute').to.equal(false);
    app.unmount();
  });
});
