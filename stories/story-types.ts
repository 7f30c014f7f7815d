import type {StoryObj} from '@storybook/web-components-vite';
import type {ContentState} from '../src/core/thamm-element.js';

/** Args every element's stories share: the content, `src`, and light-DOM fallback text. */
export interface ContentArgs {
  data?: unknown;
  src?: string;
  fallback?: string;
}

/**
 * A story, with the state its element must reach: test/stories.test.ts renders
 * every story and checks that state, then runs axe on it.
 */
export type Story<Args> = StoryObj<Args> & {parameters?: {state?: ContentState}};
