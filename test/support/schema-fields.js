/**
 * Every field of the published JSON Schema, as the content docs list it: the
 * section (`Content bundle` or a `$defs` name) and the field's path within its
 * object (`/author/name`). Shared by the tests of docs/content.md and of
 * Storybook's Content model page.
 */
export function schemaFields(schema) {
  const fields = [];
  const walk = (node, section, path) => {
    for (const option of [node, ...(node.anyOf ?? [])]) {
      for (const [key, field] of Object.entries(option.properties ?? {})) {
        fields.push({section, path: `${path}/${key}`, field});
        walk(field, section, `${path}/${key}`);
      }
    }
  };
  walk(schema, 'Content bundle', '');
  for (const [name, node] of Object.entries(schema.$defs)) walk(node, name, '');
  return fields;
}
