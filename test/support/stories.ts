/**
 * The story files as the story tests read them: every story, rendered as
 * Storybook would (meta args, then story args, through the render function,
 * in the preview's frame with the story's globals). Shared by
 * test/stories.test.ts and test/stories-languages.test.ts.
 */
import {fixture, html, oneEvent, waitUntil, expect} from '@open-wc/testing';
import type {TemplateResult} from 'lit';
import {frame} from '../../.storybook/frame.js';
import * as contactBadge from '../../stories/contact-badge.stories.js';
import * as newsCard from '../../stories/news-card.stories.js';
import * as newsList from '../../stories/news-list.stories.js';
import * as partnerStrip from '../../stories/partner-strip.stories.js';
import * as quote from '../../stories/quote.stories.js';

export type Globals = Record<string, unknown>;
export type Render = (args: Record<string, unknown>, context: {globals: Globals}) => TemplateResult;
export type StoryModule = Record<string, unknown> & {
  default: {title: string; component: string; args?: object; globals?: Globals; render: Render};
};
export type StoryExport = {args?: object; globals?: Globals; render?: Render; parameters?: {state?: string}};

/** The frame's widths come from Storybook's preview stylesheet: call in a top-level `before`. */
export async function loadPreviewStyles() {
  const link = Object.assign(document.createElement('link'), {rel: 'stylesheet', href: '/.storybook/preview.css'});
  const loaded = oneEvent(link, 'load');
  document.head.append(link);
  await loaded;
}

export const modules = [newsCard, quote, partnerStrip, contactBadge, newsList] as unknown as StoryModule[];

/** Renders a story as Storybook does: meta args, then the story's, in the preview's frame with its globals. */
export async function renderStory(meta: StoryModule['default'], story: StoryExport, globals: Globals) {
  const args = {...meta.args, ...story.args} as Record<string, unknown>;
  const wrapper = await fixture(html`<div>${frame((story.render ?? meta.render)(args, {globals}), globals)}</div>`);
  const element = wrapper.querySelector(meta.component)!;
  expect(element, meta.component).to.exist;
  if ((story.parameters?.state ?? 'ready') !== 'loading') {
    await waitUntil(() => element.getAttribute('state') !== 'loading', 'settled', {timeout: 5000});
  }
  return {wrapper, element, args};
}

/** A module's stories, without its meta. */
export const storiesOf = (module: StoryModule) => Object.entries(module).filter(([name]) => name !== 'default') as [string, StoryExport][];
