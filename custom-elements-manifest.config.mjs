// `cem analyze` settings: Lit-aware, sources only, and only the public API in
// the manifest — Storybook's autodocs and editors list every member it holds.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/generated/**', 'src/content-model/**'],
  litelement: true,
  plugins: [
    {
      name: 'public-members-only',
      packageLinkPhase({customElementsManifest}) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            // Internal state declared in `static properties` ({state: true}) is read as attributes.
            const internal = new Set(declaration.members?.filter((m) => (m.privacy ?? 'public') !== 'public').map((m) => m.name));
            declaration.attributes = declaration.attributes?.filter((attribute) => !internal.has(attribute.fieldName));
            declaration.members = declaration.members?.filter(
              (member) => !member.static && (member.privacy ?? 'public') === 'public',
            );
          }
        }
      },
    },
  ],
};
