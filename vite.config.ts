import {minifyTemplateLiterals} from 'rollup-plugin-minify-template-literals';
import {readFile, writeFile} from 'node:fs/promises';
import MagicString from 'magic-string';
import {minify} from 'terser';
import {defineConfig, type Plugin, type UserConfig} from 'vite';
import {builderPage, bundleSri} from './build/builder-page.js';

/**
 * Lit creates a Trusted Types policy named `lit-html`. Under a strict CSP
 * (`trusted-types thamm-widgets`) that name is refused, and a page with
 * another copy of Lit has taken it already. The bundle's copy is renamed
 * `thamm-widgets`, and shared through a global so a second copy of the bundle
 * reuses it instead of throwing. Fails the build if Lit's code changes shape.
 */
function trustedTypesPolicy(): Plugin {
  const LIT_POLICY = /(\w+)\.createPolicy\("lit-html",(\{createHTML:(\w+)=>\3\})\)/g;
  let renamed = false;
  return {
    name: 'thamm-trusted-types-policy',
    transform(code, id) {
      if (!/lit-html[\\/]lit-html\.js$/.test(id)) return undefined;
      const matches = [...code.matchAll(LIT_POLICY)];
      if (matches.length !== 1) {
        this.error(`lit-html's Trusted Types policy was expected once in ${id}, found ${matches.length} times: update the policy rename`);
      }
      renamed = true;
      return code.replace(
        LIT_POLICY,
        '(globalThis[Symbol.for("thamm-widgets.trusted-types")]??=$1.createPolicy("thamm-widgets",$2))',
      );
    },
    buildEnd() {
      if (!renamed) this.error('lit-html/lit-html.js was not in the bundle: the Trusted Types policy was not renamed');
    },
  };
}

/**
 * Trims what Lit's production build carries for uses the one-file bundle
 * cannot have: three long developer messages for misuses our code cannot
 * reach (a non-`css` value inside css``, a hand-made template strings array,
 * `new CSSResult`), the hooks of the ShadyDOM polyfills (browsers below the
 * floor), the version lists that only Lit's development build reads, and
 * the support for decorators, which no element here uses (it also set a
 * global `Symbol.metadata` on the partner's page). About 0.27 kB gzip.
 * Each must be found exactly once, so a Lit update cannot silently keep or
 * break them: the build fails and this table is updated.
 */
function trimLit(): Plugin {
  const TRIMS: [file: RegExp, found: RegExp, replacement: string][] = [
    [/reactive-element[\\/]css-tag\.js$/, /"CSSResult is not constructable\. Use `unsafeCSS` or `css` instead\."/, '"lit: CSSResult"'],
    [/reactive-element[\\/]css-tag\.js$/, /"Value passed to 'css' function must be a 'css' function result: "\+(\w+)\+"\. Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security\."/, '"lit: css value "+$1'],
    [/lit-html[\\/]lit-html\.js$/, /"invalid template strings array"/, '"lit: strings"'],
    [/reactive-element[\\/]reactive-element\.js$/, /\w+\?\.\(\{ReactiveElement:\w+\}\),\(\w+\.reactiveElementVersions\?\?=\[\]\)\.push\("[\d.]+"\)/, '0'],
    [/reactive-element[\\/]reactive-element\.js$/, /,\w+=\w+\.reactiveElementPolyfillSupport(?=,)/, ''],
    [/lit-html[\\/]lit-html\.js$/, /,(\w+)=\w+\.litHtmlPolyfillSupport;\1\?\.\(\w+,\w+\),\(\w+\.litHtmlVersions\?\?=\[\]\)\.push\("[\d.]+"\)/, ''],
    [/lit-element[\\/]lit-element\.js$/, /const (\w+)=\w+\.litElementPolyfillSupport;\1\?\.\(\{LitElement:\w+\}\);/, ''],
    [/lit-element[\\/]lit-element\.js$/, /\(\w+\.litElementVersions\?\?=\[\]\)\.push\("[\d.]+"\);/, ''],
    // Decorators' metadata (and the global Symbol.metadata it defines): no element here uses decorators…
    [/reactive-element[\\/]reactive-element\.js$/, /Symbol\.metadata\?\?=Symbol\("metadata"\),\w+\.litPropertyMetadata\?\?=new WeakMap;/, ''],
    [/reactive-element[\\/]reactive-element\.js$/, /const (\w+)=this\[Symbol\.metadata\];if\(null!==\1\)\{const (\w+)=litPropertyMetadata\.get\(\1\);if\(void 0!==\2\)for\(const\[\w+,\w+\]of \2\)this\.elementProperties\.set\(\w+,\w+\)\}/, ''],
    // …and decorators' initializers (`static addInitializer`), which nothing here calls.
    [/reactive-element[\\/]reactive-element\.js$/, /static addInitializer\(\w+\)\{this\._\$Ei\(\),\(this\.l\?\?=\[\]\)\.push\(\w+\)\}/, ''],
    [/reactive-element[\\/]reactive-element\.js$/, /void 0!==(\w+)\.l&&\(this\.l=\[\.\.\.\1\.l\]\),/, ''],
    [/reactive-element[\\/]reactive-element\.js$/, /,this\.constructor\.l\?\.forEach\(\w+=>\w+\(this\)\)/, ''],
  ];
  const done = new Set<RegExp>();
  return {
    name: 'thamm-trim-lit',
    transform(code, id) {
      let result = code;
      for (const [file, found, replacement] of TRIMS) {
        if (!file.test(id)) continue;
        const matches = result.match(new RegExp(found, 'g'))?.length ?? 0;
        if (matches !== 1) this.error(`Lit's code ${found.source.slice(0, 50)}… was expected once in ${id}, found ${matches} times`);
        result = result.replace(found, replacement);
        done.add(found);
      }
      return result === code ? undefined : {code: result, map: null};
    },
    buildEnd() {
      const missing = TRIMS.filter(([, found]) => !done.has(found));
      if (missing.length) this.error(`Lit's code not found in the bundle: ${missing.map(([, found]) => found.source.slice(0, 50)).join('; ')}`);
    },
  };
}

/**
 * `msg()` calls carry a `desc` for translators: lit-localize extracts it into
 * the XLIFF files, and at run time nothing reads it. It is removed from the
 * built code (a third of a kilobyte of the bundle); the build fails if a
 * `desc` is written in a way this does not recognise.
 */
function stripTranslatorNotes(): Plugin {
  const DESC = /,\s*desc:\s*'(?:\\.|[^'\\])*'/g;
  return {
    name: 'thamm-strip-translator-notes',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id) || !code.includes('msg(')) return undefined;
      const stripped = code.replace(DESC, '');
      if (/\bdesc:/.test(stripped)) this.error(`a translator note in ${id} is not a single-quoted string after the id`);
      return stripped === code ? undefined : {code: stripped, map: null};
    },
  };
}

/**
 * The styles' private custom properties (`--_surface`, …; the public ones are
 * `--thamm-*`) get two-character names in the built code: 0.06 kB gzip. The
 * table is fixed, so every build, chunk and copy names them alike; a new
 * private property fails the build until it is added here.
 */
function shortenPrivateProperties(): Plugin {
  const NAMES = ['text', 'muted', 'surface', 'accent', 'border', 'placeholder', 'focus', 'radius', 'space', 'font', 'logo-height'];
  const PRIVATE = /--_([a-z][a-z-]*)/g;
  return {
    name: 'thamm-shorten-private-properties',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id) || !code.includes('--_')) return undefined;
      return {
        code: code.replace(PRIVATE, (_, name: string) => {
          const index = NAMES.indexOf(name);
          if (index < 0) this.error(`--_${name} in ${id}: add it to the private properties in vite.config.ts`);
          return `--_${index.toString(36)}`;
        }),
        map: null,
      };
    },
  };
}

/**
 * A second minification of the one-file bundle, by terser, after the built-in
 * one: 0.24 kB gzip less (of a 19 kB ceiling) for the file every visitor of
 * every partner page downloads. It runs on the written files, so the source
 * map is terser's, made on top of the first one.
 */
function terserPass(): Plugin {
  return {
    name: 'thamm-terser-pass',
    async writeBundle({dir = 'dist'}, bundle) {
      // Storybook builds with this config too: there is no one-file bundle to minify.
      if (!bundle['thamm-widgets.js']) return;
      const file = `${dir}/thamm-widgets.js`;
      const result = await minify(await readFile(file, 'utf8'), {
        module: true,
        ecma: 2020,
        compress: {passes: 2},
        sourceMap: {content: await readFile(`${file}.map`, 'utf8'), url: 'thamm-widgets.js.map'},
      });
      await writeFile(file, result.code!);
      await writeFile(`${file}.map`, result.map as string);
    },
  };
}

/**
 * The autoloader imports an element's chunk and, in the same call, the shared
 * chunks that chunk imports (Lit and core): the browser fetches them side by
 * side instead of finding them one hop later, when the element's chunk is
 * parsed. A card page's chain goes from three requests deep to two.
 */
function parallelChunkImports(): Plugin {
  return {
    name: 'thamm-parallel-chunk-imports',
    renderChunk(code, chunk, _options, {chunks}) {
      if (!chunk.isEntry) return null;
      const staticImports = (file: string, seen = new Set<string>()): Set<string> => {
        for (const imported of chunks[file]?.imports ?? []) {
          if (!seen.has(imported)) staticImports(imported, seen.add(imported));
        }
        return seen;
      };
      const output = new MagicString(code);
      for (const match of code.matchAll(/import\((["'`])\.\/([^"'`]+)\1\)/g)) {
        const files = [...staticImports(match[2]), match[2]];
        if (files.length === 1) continue;
        output.overwrite(match.index, match.index + match[0].length, `Promise.all([${files.map((file) => `import("./${file}")`).join(', ')}])`);
      }
      return {code: output.toString(), map: output.generateMap({hires: true})};
    },
  };
}

/**
 * `vite build --mode builder`: the embed builder page (builder.html) as a
 * static site in dist/builder/, after the one-file bundle, whose SRI it shows.
 * It bundles the elements itself, so dist/thamm-widgets.js gains no byte.
 */
const builderConfig = (): UserConfig => ({
  base: './',
  plugins: [
    minifyTemplateLiterals({include: ['src/**/*.ts', 'builder/**/*.ts'], failOnError: true}),
    stripTranslatorNotes(),
    trustedTypesPolicy(),
    builderPage(),
  ],
  define: {__THAMM_JSON_SCHEMA__: 'false', __THAMM_BUNDLE_SRI__: JSON.stringify(bundleSri())},
  build: {
    outDir: 'dist/builder',
    emptyOutDir: true,
    target: 'es2021',
    sourcemap: true,
    modulePreload: false,
    // No asset as a data: URL: the favicon stays a file, which a strict img-src allows.
    assetsInlineLimit: 0,
    rolldownOptions: {input: 'builder.html', output: {minify: true}},
  },
});

// `vite` serves the demo (index.html) and the embed builder (builder.html).
// `vite build` writes the one-file bundle for script tags (every element, Lit
// included); `vite build --mode autoloader` writes dist/autoloader.js, which
// imports only the elements a page uses; `--mode builder` the builder page.
export default defineConfig(({command, mode}) => command === 'build' && mode === 'builder' ? builderConfig() : ({
  // Lit's css`` and html`` literals keep their white space and comments otherwise.
  plugins: [
    minifyTemplateLiterals({include: ['src/**/*.ts'], failOnError: true}),
    command === 'build' ? stripTranslatorNotes() : undefined,
    command === 'build' ? trustedTypesPolicy() : undefined,
    command === 'build' ? trimLit() : undefined,
    command === 'build' ? shortenPrivateProperties() : undefined,
    command === 'build' && mode !== 'autoloader' ? terserPass() : undefined,
    command === 'build' && mode === 'autoloader' ? parallelChunkImports() : undefined,
  ],
  // The one-file bundle and the autoloader leave out the schemas' JSON Schema (core/schema.ts).
  define: command === 'build' ? {__THAMM_JSON_SCHEMA__: 'false'} : {__THAMM_BUNDLE_SRI__: JSON.stringify(bundleSri())},
  build: {
    lib: {
      entry: mode === 'autoloader' ? 'src/autoloader.ts' : 'src/all.ts',
      formats: ['es'],
      fileName: () => (mode === 'autoloader' ? 'autoloader.js' : 'thamm-widgets.js'),
    },
    outDir: 'dist',
    emptyOutDir: mode !== 'autoloader',
    target: 'es2021',
    sourcemap: true,
    // The autoloader's chunks are plain dynamic imports: no preload helper.
    modulePreload: false,
    rolldownOptions: {
      // @lit/localize's runtime sets up state for configureLocalization at import
      // time; the widgets never call it (core/localize.ts), so only `str` is kept.
      treeshake: {moduleSideEffects: [{test: /@lit[\\/]localize[\\/]/, sideEffects: false}]},
      output:
        mode === 'autoloader'
          ? {minify: true, chunkFileNames: 'chunks/thamm-[hash].js'}
          : {minify: true, codeSplitting: false},
    },
  },
}));
