// A partner's Eleventy site, as docs/embedding.md tells it to use the plugin.
// test/node/eleventy.test.js builds it with the real Eleventy into _site/ (git-ignored).
import thammWidgets from 'thamm-widgets/eleventy';

export default function (eleventyConfig) {
  eleventyConfig.addPlugin(thammWidgets, {assets: '/assets/'});
  // The content bundle is published beside the pages: the blockquote form cites it.
  eleventyConfig.addPassthroughCopy({'content/thamm-seed.json': 'content/thamm-seed.json', 'content/logos': 'content/logos'});
}

export const config = {dir: {input: 'test/eleventy-site', output: 'test/eleventy-site/_site'}};
