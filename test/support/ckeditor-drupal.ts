// CKEditor 5 (npm ckeditor5) as Drupal 10/11 core's default "Basic HTML" text format configures it:
// core/profiles/standard/config/install/editor.editor.basic_html.yml (toolbar, headings,
// Source editing's manually editable tags) and filter.format.basic_html.yml (filter_html).
// Served to the browser bundled, as /ckeditor-fixture.js (test/support/ckeditor-fixture.js):
// some of ckeditor5's dependencies are CommonJS, which the test runner cannot serve as they are.
import {BlockQuote, Bold, ClassicEditor, Code, Essentials, GeneralHtmlSupport, Heading, Italic, Link, List, Paragraph, type EditorConfig} from 'ckeditor5';

/** filter_html's allowed_html: what Drupal keeps again when it renders the text. */
export const BASIC_HTML_ALLOWED =
  '<br> <p> <h2 id> <h3 id> <h4 id> <h5 id> <h6 id> <cite> <dl> <dt> <dd> <a hreflang href> <blockquote cite> <ul type> <ol start type> <strong> <em> <code> <li> <img src alt data-entity-uuid data-entity-type height width data-caption data-align>';

/** ckeditor5_sourceEditing's allowed_tags: what the toolbar's plugins do not already make. */
export const BASIC_HTML_SOURCE_EDITING = '<cite> <dl> <dt> <dd> <a hreflang> <blockquote cite> <ul type> <ol start type> <h2 id> <h3 id> <h4 id> <h5 id> <h6 id>';

/**
 * General HTML Support rules for tags in Drupal's notation, made as Drupal makes them
 * (HTMLRestrictions::toGeneralHtmlSupportConfig): one rule per tag, each attribute
 * allowed with any value, a wildcard name (`data-*`) as a pattern.
 */
export function htmlSupportRules(tags: string) {
  return [...tags.matchAll(/<([a-z0-9]+)([^>]*)>/g)].map(([, name, attributes]) => ({
    name,
    attributes: attributes
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map((key) => ({key: key.includes('*') ? new RegExp(`^${key.replace('*', '.*')}$`) : key, value: true as const})),
  }));
}

/**
 * The editor of the Basic HTML format (its toolbar's plugins: bold, italic, link, lists,
 * block quote, headings 2–6, code, source editing's tags through GHS), with `extraTags`
 * added to Source editing's manually editable tags as a site builder would.
 * Drupal's image upload and its own glue plugins are left out: no snippet has an image.
 */
const basicHtmlEditor = (extraTags = ''): EditorConfig => ({
  licenseKey: 'GPL',
  plugins: [Essentials, Paragraph, Bold, Italic, Link, List, BlockQuote, Heading, Code, GeneralHtmlSupport],
  toolbar: ['bold', 'italic', '|', 'link', '|', 'bulletedList', 'numberedList', '|', 'blockQuote', '|', 'heading', 'code'],
  heading: {
    options: [
      {model: 'paragraph', title: 'Paragraph', class: ''},
      ...[2, 3, 4, 5, 6].map((level) => ({model: `heading${level}`, view: `h${level}`, title: `Heading ${level}`, class: ''})),
    ] as NonNullable<EditorConfig['heading']>['options'],
  },
  list: {properties: {startIndex: true, reversed: false, styles: false}},
  htmlSupport: {allow: htmlSupportRules(`${BASIC_HTML_SOURCE_EDITING} ${extraTags}`)},
});

/**
 * What Drupal stores for `html` pasted into the editor: editor.getData() after setData(),
 * from a ClassicEditor with the Basic HTML configuration (plus `extraTags`).
 */
export async function savedByCKEditor(html: string, extraTags = '') {
  const element = document.createElement('div');
  document.body.append(element);
  const editor = await ClassicEditor.create({...basicHtmlEditor(extraTags), attachTo: element});
  try {
    editor.setData(html);
    return editor.getData();
  } finally {
    await editor.destroy();
    element.remove();
  }
}
