import {html} from 'lit';

/** The toolbar globals every story starts from. */
export const initialGlobals = {locale: 'fr', theme: 'light', width: 'auto'};

/**
 * The frame the toolbar globals act on (styled by preview.css): the language and
 * direction, the page theme, and the width of the container the widget sits in.
 * A module of its own, so test/stories.test.ts renders stories in the same frame.
 */
export function frame(story: unknown, globals: Record<string, unknown>) {
  const lang = (globals.locale as string | undefined) ?? 'fr';
  const width = (globals.width as string | undefined) ?? 'auto';
  return html`<div class="sb-frame" data-theme=${globals.theme ?? 'light'} data-width=${width}
    lang=${lang} dir=${lang === 'ar' ? 'rtl' : 'ltr'}>${story}</div>`;
}
