/**
 * Registers every element: the entry of the one-file bundle. It exports the
 * classes and the version, not the schemas: script-tag pages never import
 * them, and every byte here is downloaded by every visitor. It also upgrades
 * the blockquote form of the elements, for pages whose editor strips them.
 */
export {ThammNewsCard} from './news-card/define.js';
export {ThammQuote} from './quote/define.js';
export {ThammPartnerStrip} from './partner-strip/define.js';
export {ThammContactBadge} from './contact-badge/define.js';
export {ThammNewsList} from './news-list/define.js';
export {defineElement} from './core/define.js';
export {VERSION} from './core/version.js';
// After the definitions, so each blockquote becomes a defined element at once.
import './embed/blockquote-upgrade.js';
