// Web Awesome's <wa-card>, with its default theme.
import '@awesome.me/webawesome/dist/components/card/card.js';
import {linkStylesheet, slottedCards} from './slotted.js';

export const ready = linkStylesheet('/node_modules/@awesome.me/webawesome/dist/styles/themes/default.css');
export const create = slottedCards('wa-card', {image: 'media', heading: 'header'}, 'with-media with-header');
