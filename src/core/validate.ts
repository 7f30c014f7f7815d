import * as v from 'valibot';

export type Validation<T> = {ok: true; value: T} | {ok: false; field: string; message: string};

/**
 * Validates content against an element's schema. Unknown fields are dropped
 * and `__proto__`/`constructor` keys are never copied, so the result is a
 * fresh object the element can trust. On failure the message names the first
 * failing field path: `image.src: required`.
 */
export function validate<T>(schema: v.GenericSchema<unknown, T>, input: unknown): Validation<T> {
  const result = v.safeParse(schema, input, {abortPipeEarly: true});
  if (result.success) return {ok: true, value: result.output};
  const issue = deepest(result.issues[0]);
  const field = v.getDotPath(issue) ?? 'content';
  return {ok: false, field, message: `${field}: ${issue.message}`};
}

/** For a union, the issue of the branch that got furthest names the real field. */
function deepest(issue: v.BaseIssue<unknown>): v.BaseIssue<unknown> {
  const nested = issue.issues?.filter((sub) => (sub.path?.length ?? 0) > (issue.path?.length ?? 0));
  return nested?.length ? deepest(nested[0]) : issue;
}
