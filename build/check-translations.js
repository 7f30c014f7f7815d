// Fails when a UI string has no English or Arabic translation yet. Runs after
// `lit-localize extract`, which adds new strings to xliff/ without a target.
import {readdirSync, readFileSync} from 'node:fs';

let missing = 0;
for (const file of readdirSync('xliff').filter((name) => name.endsWith('.xlf'))) {
  const xliff = readFileSync(`xliff/${file}`, 'utf8');
  for (const [, id, body] of xliff.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)) {
    if (!id.includes('.')) {
      // src/core/localize.ts looks strings up by explicit id only.
      console.error(`xliff/${file}: "${id}" is a generated id; give its msg() an {id: 'area.name'}`);
      missing++;
    }
    if (!/<target>(?!<\/target>)[\s\S]+?<\/target>/.test(body)) {
      console.error(`xliff/${file}: "${id}" has no translation`);
      missing++;
    }
  }
}
if (missing) process.exit(1);
console.log('every UI string is translated into every locale');
