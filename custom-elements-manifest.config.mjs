// `cem analyze` settings: Lit-aware, sources only, and only the public API in
// the manifest — Storybook's autodocs and editors list every member it holds.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/generated/**'],
  litelement: true,
  plugins: [
    {
      name: 'public-members-only',
      packageLinkPhase({customElementsManifest}) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            declaration.members = declaration.members?.filter(
              (member) => !member.static && (member.privacy ?? 'public') === 'public',
            );
          }
        }
      },
    },
  ],
};
