import {minifyTemplateLiterals} from 'rollup-plugin-minify-template-literals';
import {defineConfig} from 'vite';

// `vite` serves the demo (index.html); `vite build` writes the one-file
// bundle for script tags: every element, Lit included, minified.
export default defineConfig({
  // Lit's css`` and html`` literals keep their white space and comments otherwise.
  plugins: [minifyTemplateLiterals({include: ['src/**/*.ts'], failOnError: true})],
  build: {
    lib: {
      entry: 'src/all.ts',
      formats: ['es'],
      fileName: () => 'thamm-widgets.js',
    },
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    rolldownOptions: {
      output: {minify: true, codeSplitting: false},
    },
  },
});
