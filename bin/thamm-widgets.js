#!/usr/bin/env node
// thamm-widgets embed FILE.json#/pointer: prints the HTML that embeds one part
// of a content bundle, made by thamm-widgets/html (see --help).
import {readFileSync} from 'node:fs';
import {parseArgs} from 'node:util';

const USAGE = `Usage: thamm-widgets embed FILE.json#/POINTER [options]

Prints the HTML that embeds one part of a content bundle, with fallback
content made from it: #/news/<i>, #/news (the latest news), #/quotes/<i>,
#/partners or #/contacts/<i>.

Options:
  --form element|blockquote  element (default): the element with its content as
                             inline JSON, or loading --src; for templates, static
                             sites and plain HTML. blockquote: what WordPress posts
                             and Drupal text formats keep; needs --src.
  --src URL                  where FILE.json is published; #/POINTER is appended
                             unless URL has a fragment of its own
  --lang L                   language of the snippet (default: the file's lang, else fr)
  --heading-level N          news card, partner strip, news list
  --variant featured         quote
  --logo-height PX           partner strip
  --monochrome               partner strip
  --limit N                  news list: how many items (default 3)
  --tag T                    news list: only the items with this tag
  -h, --help                 this help`;

const OPTIONS = {
  form: {type: 'string'},
  src: {type: 'string'},
  lang: {type: 'string'},
  'heading-level': {type: 'string'},
  variant: {type: 'string'},
  'logo-height': {type: 'string'},
  monochrome: {type: 'boolean'},
  limit: {type: 'string'},
  tag: {type: 'string'},
  help: {type: 'boolean', short: 'h'},
};

/** One line on stderr, exit 1. */
function fail(message) {
  process.stderr.write(`thamm-widgets: ${message}\n`);
  process.exit(1);
}

let args;
try {
  args = parseArgs({options: OPTIONS, allowPositionals: true, strict: true});
} catch (error) {
  fail(`${error.message}. See thamm-widgets --help`);
}
const {values, positionals} = args;
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const [command, target, ...extra] = positionals;
if (command !== 'embed' || !target || extra.length) {
  fail(command && command !== 'embed' ? `unknown command "${command}". See thamm-widgets --help` : 'usage: thamm-widgets embed FILE.json#/pointer [options]. See --help');
}

let html;
try {
  html = await import('../dist/html/index.js');
} catch {
  fail('dist/html/ is missing: run `npm run build` first');
}

const hash = target.indexOf('#');
const file = hash < 0 ? target : target.slice(0, hash);
const fragment = hash < 0 ? '' : target.slice(hash + 1);

let text;
try {
  text = readFileSync(file, 'utf8');
} catch (error) {
  fail(error.code === 'ENOENT' ? `${file}: no such file` : `${file}: ${error.message}`);
}
let bundle;
try {
  bundle = JSON.parse(text);
} catch (error) {
  fail(`${file}: not valid JSON (${error.message})`);
}

const {monochrome, form, src, lang} = values;
const attributes = {
  'heading-level': values['heading-level'],
  variant: values.variant,
  'logo-height': values['logo-height'],
  monochrome,
  limit: values.limit,
  tag: values.tag,
};
try {
  const embed = html.selectEmbed(bundle, fragment, file);
  const snippet = html.embedSnippet(embed.content, {
    ...embed,
    form,
    src,
    lang,
    // Those given only (unset ones are left out): a wrong one for the element is an error, not silence.
    attributes,
    warn: (message) => process.stderr.write(`thamm-widgets: warning: ${message}\n`),
  });
  process.stdout.write(`${snippet}\n`);
} catch (error) {
  if (!(error instanceof html.EmbedError)) throw error;
  fail(`${error.message} (${target})`);
}
