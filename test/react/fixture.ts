// Bundled per React version by test/support/react-fixture.js (react-18 and
// react-dom-18 stand in for react and react-dom in the 18 build).
import {createElement, version} from 'react';
import {flushSync} from 'react-dom';
import {createRoot} from 'react-dom/client';
import {NewsCard, Quote} from '../../src/react/index.js';

export {version};

/** Renders a news card and a quote with React, recording their events; `render` again with new props. */
export function mount(container: HTMLElement) {
  const root = createRoot(container);
  const loads: unknown[] = [];
  const errors: string[] = [];
  const onThammLoad = (event: CustomEvent<unknown>) => loads.push(event.detail);
  const onThammError = (event: CustomEvent<{message: string}>) => errors.push(event.detail.message);
  const render = (news: unknown, quote: unknown) =>
    flushSync(() =>
      root.render(
        createElement('div', null,
          createElement(NewsCard, {data: news, lang: 'en', onThammLoad, onThammError, 'heading-level': 2} as never),
          createElement(Quote, {data: quote, variant: 'featured', onThammLoad, onThammError}),
        ),
      ),
    );
  return {root, loads, errors, render};
}
