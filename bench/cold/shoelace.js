// Shoelace's <sl-card> with the content in its slots (bench/peers/shoelace.js);
// its theme is a stylesheet link in the page's head, as Shoelace's docs have it.
import '@shoelace-style/shoelace/dist/components/card/card.js';
import {slottedCards} from '../peers/slotted.js';
import {contentOf, laidOut} from './content.js';

const host = document.querySelector('#card');
await slottedCards('sl-card', {image: 'image', heading: 'header'})(host, [await contentOf(host)]);
laidOut(host.querySelector('sl-card'));
