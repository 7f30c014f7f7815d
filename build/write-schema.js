// Writes the published JSON Schema and docs/content.md from the same schemas
// that validate content at run time (compiled to dist/ by tsc), so none of the
// three drift. The help on every object and field is src/content-model/field-docs.ts.
import {mkdirSync, writeFileSync} from 'node:fs';
import {contentJsonSchema} from '../dist/content-model/json-schema.js';
import {contentMarkdown} from '../dist/content-model/markdown.js';

const schema = contentJsonSchema();
mkdirSync('dist/schema', {recursive: true});
writeFileSync('dist/schema/thamm-content.schema.json', `${JSON.stringify(schema, null, 2)}\n`);
writeFileSync('docs/content.md', `${contentMarkdown(schema)}\n`);
console.log('wrote dist/schema/thamm-content.schema.json and docs/content.md');
