/**
 * Registers every element: the entry of the one-file bundle. It exports the
 * classes and the version, not the schemas: script-tag pages never import
 * them, and every byte here is downloaded by every visitor.
 */
export {ThammNewsCard} from './news-card/define.js';
export {ThammQuote} from './quote/define.js';
export {ThammPartnerStrip} from './partner-strip/define.js';
export {ThammContactBadge} from './contact-badge/define.js';
export {ThammNewsList} from './news-list/define.js';
export {defineElement} from './core/define.js';
export {VERSION} from './core/version.js';
