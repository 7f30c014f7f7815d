// The hand-written baseline: the news card's markup cloned from a template
// into the light DOM (bench/vanilla.js), filled from the content.
import {adoptDocumentStyles, card} from '../vanilla.js';
import {contentOf, laidOut} from './content.js';

const host = document.querySelector('#card');
const item = await contentOf(host);
adoptDocumentStyles();
const {root, fill} = card();
fill(item);
host.append(root);
laidOut(root);
