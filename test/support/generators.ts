/**
 * fast-check generators of hostile content, shared by the elements' property
 * tests (test/properties.test.ts) and the snippet's (test/html-snippet.test.ts).
 */
import fc from 'fast-check';
import {contact, newsItem, quote} from '../../stories/samples.js';

// Strings that break naive code: lone surrogates, bidi overrides, huge words, markup.
export const nastyString = fc.oneof(
  fc.string({unit: 'binary', maxLength: 40}),
  fc.constantFrom('\u202Eevil\u202C', '\uD800', '\uDFFF\uD800', '<img src=x onerror=alert(1)>', '', ' ', '\u0000'),
  fc.nat({max: 100_000}).map((n) => 'x'.repeat(n)),
);

export const nastyValue = fc.oneof(fc.jsonValue({maxDepth: 4}), nastyString, fc.array(nastyString, {maxLength: 2000}));

export const deeplyNested = fc.nat({max: 5000}).map((depth) => {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = {title: value, news: [value]};
  return value;
});

/** The sample with some fields replaced by nasty values. */
export const mutated = (sample: Record<string, unknown>) =>
  fc.dictionary(fc.constantFrom(...Object.keys(sample), 'author', 'partners', 'name', '__proto__'), nastyValue, {maxKeys: 4})
    .map((changes) => ({...sample, ...changes}));

const scheme = fc.constantFrom('javascript', 'JaVaScRiPt', 'vbscript', 'data', 'file', 'blob', 'ftp', 'x-unknown', 'http', 'https', 'mailto', 'tel');
const junk = fc.constantFrom('', ' ', '\t', '\n', '\u0000', '\u001F', '&#58;', '%3A');

/** URLs that hide a scheme behind case, white space, control characters or entities, and ordinary ones. */
export const hostileUrl = fc.oneof(
  fc.tuple(junk, scheme, junk, fc.constantFrom(':', '&colon;', ':'), fc.string({maxLength: 20})).map((parts) => parts.join('')),
  fc.webUrl(),
  fc.string({maxLength: 30}),
  fc.constantFrom('data:text/html,<script>alert(1)</script>', 'data:image/svg+xml,<svg/>', '//evil.example/x', '\\\\evil'),
);

/** Content for `tag` with every URL field (and the contact's e-mail and phone) set to the same hostile value. */
export function withUrls(tag: string, url: string): unknown {
  const image = {src: url, alt: ''};
  switch (tag) {
    case 'thamm-news-card': return newsItem({url, image});
    case 'thamm-quote': return quote({source: {url}, author: {name: 'X', image}});
    case 'thamm-partner-strip': return [{name: 'P', url, logo: image}];
    default: return contact({url, image, email: url, phone: url});
  }
}
