import type {StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import type {ContentState} from '../src/core/thamm-element.js';

/** Text per toolbar language, or one text for all. */
export type StoryText = string | Record<string, string>;

/** Args every element's stories share: the content, `src`, and light-DOM fallback text. */
export interface ContentArgs {
  data?: unknown;
  src?: string;
  fallback?: StoryText;
}

/**
 * A story, with the state its element must reach: test/stories.test.ts renders
 * every story and checks that state, then runs axe on it; test/stories-languages.test.ts
 * renders each in en and ar.
 */
export type Story<Args> = StoryObj<Args> & {parameters?: {state?: ContentState}};

/** The part of Storybook's story context a render function reads: the toolbar's globals. */
export interface RenderContext {
  globals?: Record<string, unknown>;
}

/** The toolbar's language. */
export const localeOf = (context?: RenderContext) => String(context?.globals?.locale ?? 'fr');

/** The fallback paragraph, in the toolbar's language (French when it has no such variant). */
export function fallbackContent(fallback: StoryText | undefined, context?: RenderContext) {
  if (!fallback) return '';
  const locale = localeOf(context);
  const text = typeof fallback === 'string' ? fallback : (fallback[locale] ?? fallback.fr);
  return html`<p lang=${typeof fallback === 'string' || !fallback[locale] ? 'fr' : locale}>${text}</p>`;
}

/** The `fallback` control: text per language, edited as JSON. */
export const fallbackArgType = {
  control: 'object',
  description: 'Light-DOM fallback content, per language: shown before the element is defined and on error.',
} as const;
