// VS Code's HTML custom data, made from custom-elements.json, so editors
// autocomplete the tags and their attributes (setting: html.customData).
import {readFileSync, writeFileSync} from 'node:fs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const tags = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.tagName)
  .map((element) => ({
    name: element.tagName,
    description: element.description ?? element.summary ?? '',
    attributes: (element.attributes ?? []).map((attribute) => {
      // A union of string literals becomes the list of values the editor offers.
      const values = [...(attribute.type?.text ?? '').matchAll(/'([^']+)'/g)].map(([, value]) => ({name: value}));
      return {name: attribute.name, description: attribute.description ?? '', ...(values.length ? {values} : {})};
    }),
  }));

writeFileSync('vscode.html-custom-data.json', `${JSON.stringify({version: 1.1, tags}, null, 2)}\n`);
console.log(`wrote vscode.html-custom-data.json (${tags.length} tags)`);
