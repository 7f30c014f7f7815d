/** Registers every element: the entry of the one-file bundle. */
import './news-card/define.js';
import './quote/define.js';
import './partner-strip/define.js';
import './contact-badge/define.js';

export * from './index.js';
