// A peer library's card given the news card's content as light-DOM children in
// its slots, as a page using that library would write it: the same fields and
// markup as the baselines (bench/vanilla.js), filled and updated the same way.
import {createTemplateCards, templateOf} from '../vanilla.js';

/** `slots`: the slot names the library's card has for the image, the heading and the rest. */
export function slottedCards(tag, {image, heading, body}, attributes = '') {
  const slot = (name) => (name ? ` slot="${name}"` : '');
  const markup = templateOf(`<${tag} class="v-root v-peer" ${attributes}>
<img${slot(image)} part="image" loading="lazy" decoding="async" alt="">
<h3${slot(heading)} part="title"><a part="link"></a></h3>
<div class="body"${slot(body)}><p class="kicker category" part="category"></p>
<p class="meta" part="meta"><time></time><span part="location"></span></p><p class="summary" part="summary"></p>
<ul class="tags" part="tags" aria-label="Mots-clés"><li part="tag"></li><li part="tag"></li><li part="tag"></li></ul></div>
</${tag}>`);
  // The cards render their shadow trees in a later microtask (they are Lit
  // elements): the measure waits for them, as it does for thamm-widgets'.
  return async (container, items) => {
    const update = createTemplateCards(container, items, markup);
    await Promise.all([...container.querySelectorAll(tag)].map((card) => card.updateComplete));
    return update;
  };
}

/** Adds a library's theme stylesheet to the document and waits for it. */
export function linkStylesheet(href) {
  const link = Object.assign(document.createElement('link'), {rel: 'stylesheet', href});
  const loaded = new Promise((resolve, reject) => {
    link.onload = resolve;
    link.onerror = () => reject(new Error(`${href} did not load`));
  });
  document.head.append(link);
  return loaded;
}
