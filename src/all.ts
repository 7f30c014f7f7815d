/** Registers every element: the entry of the one-file bundle. */
import './news-card/define.js';

export * from './index.js';
