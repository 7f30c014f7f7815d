// The minimal Lit card (bench/peers/lit-card.js), its data set from the content.
import {LitNewsCard} from '../peers/lit-card.js';
import {contentOf, laidOut} from './content.js';

const host = document.querySelector('#card');
const card = new LitNewsCard();
card.data = await contentOf(host);
host.append(card);
await card.updateComplete;
laidOut(card);
