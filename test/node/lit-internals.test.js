// src/core/localize.ts imports an internal module of @lit/localize (a 0.x
// package) to avoid its page-wide runtime. If an upgrade moves or changes it,
// this fails here, before a page does.
import assert from 'node:assert/strict';
import {test} from 'node:test';

test('@lit/localize/internal/str-tag.js still gives str and joinStringsAndValues', async () => {
  const {str, joinStringsAndValues} = await import('@lit/localize/internal/str-tag.js');
  const name = 'Amraoui';
  const result = str`Écrire à ${name}`;
  assert.deepEqual([result.strTag, result.values], [true, ['Amraoui']]);
  assert.equal(joinStringsAndValues(result.strings, result.values), 'Écrire à Amraoui');
  // A translation holds the indexes of the source's values.
  assert.equal(joinStringsAndValues(['Write to ', ''], result.values, [0]), 'Write to Amraoui');
});
