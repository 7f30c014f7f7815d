// The package's index.d.ts re-exports './browser/commands.mjs', whose types TypeScript
// looks for in commands.d.mts; they are in commands.d.ts. This names them again.
declare module '@web/test-runner-visual-regression' {
  /** Screenshots `element` and compares it with the baseline called `name` (throws on a difference). */
  export function visualDiff(element: Node, name: string): Promise<void>;
}
