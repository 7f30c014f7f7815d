/**
 * thamm-widgets/html: snippets that embed content in a page, made from the
 * content itself. No DOM and no Lit: Node templates, build tools and the
 * `thamm-widgets embed` command call it, and so does Storybook's Code panel.
 */
export {embedSnippet, type AttributeValue, type EmbedForm, type EmbedOptions} from './embed-snippet.js';
export {selectEmbed, type Embed} from './select-embed.js';
export {EmbedError} from './embed-error.js';
export {elementFor, type EmbedTag} from '../core/collections.js';
