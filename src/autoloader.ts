/**
 * Registers only the elements a page uses: each tag's module is imported the
 * first time the tag appears, now or later (content added by a CMS, a
 * framework or a lazy section). The entry of dist/autoloader.js. It also
 * upgrades the blockquote form; the elements that makes are imported like any.
 */
import './embed/blockquote-upgrade.js';

const loaders: Record<string, () => Promise<unknown>> = {
  'thamm-news-card': () => import('./news-card/define.js'),
  'thamm-quote': () => import('./quote/define.js'),
  'thamm-partner-strip': () => import('./partner-strip/define.js'),
  'thamm-contact-badge': () => import('./contact-badge/define.js'),
  'thamm-news-list': () => import('./news-list/define.js'),
};

const SELECTOR = Object.keys(loaders).join(',');

function load(root: ParentNode) {
  for (const element of root.querySelectorAll(SELECTOR)) {
    const tag = element.localName;
    const loader = loaders[tag];
    if (!loader) continue;
    // Each module is imported once, whatever happens next.
    delete loaders[tag];
    loader().catch((error: unknown) => console.warn(`<${tag}> could not be loaded`, error));
  }
}

function start() {
  load(document);
  new MutationObserver((records) => {
    if (!Object.keys(loaders).length) return;
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType !== Node.ELEMENT_NODE) continue;
        const element = node as Element;
        if (element.matches(SELECTOR)) load(element.parentNode ?? document);
        else load(element);
      }
    }
  }).observe(document.documentElement, {childList: true, subtree: true});
}

start();
