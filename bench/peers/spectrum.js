// Spectrum's <sp-card>, inside the <sp-theme> its tokens come from.
import '@spectrum-web-components/card/sp-card.js';
import '@spectrum-web-components/theme/sp-theme.js';
import '@spectrum-web-components/theme/src/themes.js';
import {slottedCards} from './slotted.js';

const cards = slottedCards('sp-card', {image: 'cover-photo', heading: 'heading', body: 'description'});

export const ready = Promise.resolve();
export async function create(container, items) {
  const theme = Object.assign(document.createElement('sp-theme'), {system: 'spectrum', color: 'light', scale: 'medium'});
  container.append(theme);
  await theme.updateComplete;
  return cards(theme, items);
}
