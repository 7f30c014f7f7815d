import {expect} from '@open-wc/testing';
import {initialGlobals} from '../.storybook/frame.js';
import {resolvePointer} from '../src/core/json-pointer.js';
import {warningsInEachTest} from './support/helpers.js';
import {loadPreviewStyles, modules, renderStory, storiesOf} from './support/stories.js';

// The Language toolbar shows real translations: every story, rendered under
// the en and ar globals, shows no French text that has a translation, no
// French words at all (a sample left in French), and the right direction.
// A story pins the language (its own `locale` global) only when its content has no other.
before(loadPreviewStyles);

/** The text a reader sees: every rendered text node, in the element's light and shadow trees, nested widgets included. */
function visibleText(root: Element): string {
  const texts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      if (node.parentElement?.checkVisibility() && node.textContent!.trim()) texts.push(node.textContent!.trim());
      return;
    }
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    node.childNodes.forEach(walk);
  };
  walk(root);
  return texts.join('\n');
}

/** The French variants in `value` that have a different `locale` variant: none may show in that locale. */
function translatedFrench(value: unknown, locale: string, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((item) => translatedFrench(item, locale, found));
  else if (value && typeof value === 'object') {
    const text = value as Record<string, unknown>;
    if (typeof text.fr === 'string' && typeof text[locale] === 'string' && text[locale] !== text.fr) found.add(text.fr);
    Object.values(text).forEach((item) => translatedFrench(item, locale, found));
  }
  return found;
}

/** Words and letters that only French text has here: a sample left untranslated. */
const FRENCH = /[àâçèéêëîïôœùû]|\b(le|la|les|des|du|et|au|aux|une|pour|sur|avec|dans|sans)\b/i;

/** The content a story shows: its `data`, or the part of the document its `src` selects. */
async function contentOf(args: Record<string, unknown>) {
  if (args.data !== undefined || typeof args.src !== 'string') return args.data;
  const [path, pointer = ''] = args.src.split('#');
  return resolvePointer(await (await fetch(path)).json(), decodeURIComponent(pointer));
}

for (const module of modules) {
  const meta = module.default;
  describe(`stories in en and ar: ${meta.title}`, () => {
    warningsInEachTest(); // some cases warn on purpose
    for (const [name, story] of storiesOf(module)) {
      for (const locale of ['en', 'ar']) {
        it(`${name} in ${locale}: no French where a translation exists, ${locale === 'ar' ? 'right to left' : 'left to right'}`, async () => {
          const globals = {...initialGlobals, ...meta.globals, locale, ...story.globals};
          const {element, args} = await renderStory(meta, story, globals);
          const shown = globals.locale as string;
          expect(getComputedStyle(element).direction, 'direction').to.equal(shown === 'ar' ? 'rtl' : 'ltr');
          if (shown === 'fr') return;
          const text = visibleText(element);
          for (const french of translatedFrench([await contentOf(args), args.fallback], shown)) {
            expect(text, `"${french}" has a ${shown} translation`).not.to.include(french);
          }
          expect(text.match(FRENCH)?.[0], `French in the ${shown} story:\n${text}`).to.equal(undefined);
        });
      }
    }
  });
}
