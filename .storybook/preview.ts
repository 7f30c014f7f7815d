import {setCustomElementsManifest} from '@storybook/web-components-vite';
import type {Decorator, Preview} from '@storybook/web-components-vite';
import seed from '../content/thamm-seed.json';
import manifest from '../custom-elements.json';
import {storySnippet} from '../stories/embed-snippet.js';
import {argTypesWithoutControls, oneRowPerInput, withoutDocumentationControls} from './controls.js';
import {SEED} from '../stories/samples.js';
import {frame, initialGlobals} from './frame.js';
import './preview.css';

/** The SRI hash of dist/thamm-widgets.js, from the README that `npm run build` keeps current (see main.ts). */
declare const __THAMM_INTEGRITY__: string;

// Autodocs read attributes, properties, events, parts and CSS properties from the manifest (npm run analyze).
setCustomElementsManifest(oneRowPerInput(manifest));

/** Toolbar globals: the language (and direction), the theme, and the container width. */
const withToolbar: Decorator = (story, {globals}) => frame(story(), globals);

const preview: Preview = {
  decorators: [withToolbar],
  tags: ['autodocs'],
  argTypes: argTypesWithoutControls,
  argTypesEnhancers: [withoutDocumentationControls],
  globalTypes: {
    locale: {
      description: 'Language of the widgets (sets lang, and dir for Arabic)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          {value: 'fr', title: 'Français'},
          {value: 'en', title: 'English'},
          {value: 'ar', title: 'العربية'},
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Light, dark, or a partner site that rebrands through --thamm-* properties',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: [
          {value: 'light', title: 'Light'},
          {value: 'dark', title: 'Dark'},
          {value: 'partner', title: 'Partner theme'},
        ],
        dynamicTitle: true,
      },
    },
    width: {
      description: 'Width of the container the widget sits in',
      toolbar: {
        title: 'Width',
        icon: 'ruler',
        // Values that are not numbers: Storybook reads `globals=width:600` from a URL as the number 600,
        // which then matches no item, and the toolbar shows "Width" instead of "600 px".
        items: [
          {value: 'auto', title: 'Full width'},
          ...[200, 320, 600, 1000].map((px) => ({value: `${px}px`, title: `${px} px`})),
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals,
  parameters: {
    layout: 'padded',
    controls: {expanded: true},
    options: {
      storySort: {order: ['Docs', ['Introduction', 'Embedding', 'Theming', 'Content model', 'Languages and direction'], 'Elements']},
    },
    docs: {
      // The Code panel and "Show code" show what to paste into a partner site, in both forms, made
      // from the story's content by thamm-widgets/html, in the toolbar's language.
      codePanel: true,
      source: {
        transform: (_code: string, context: {component?: unknown; args: Record<string, unknown>; globals?: Record<string, unknown>}) =>
          storySnippet(String(context.component), context.args, {
            lang: (context.globals?.locale as string | undefined) ?? 'fr',
            integrity: __THAMM_INTEGRITY__,
            documents: {[SEED]: seed},
          }),
      },
    },
  },
};

export default preview;
