// Shoelace's <sl-card>, with its light theme.
import '@shoelace-style/shoelace/dist/components/card/card.js';
import {linkStylesheet, slottedCards} from './slotted.js';

export const ready = linkStylesheet('/node_modules/@shoelace-style/shoelace/dist/themes/light.css');
export const create = slottedCards('sl-card', {image: 'image', heading: 'header'});
