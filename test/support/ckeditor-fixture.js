// Serves test/support/ckeditor-drupal.ts bundled with CKEditor 5 (/ckeditor-fixture.js):
// some of the ckeditor5 package's dependencies ship CommonJS only, which the test
// runner cannot serve to the browser as they are. Only the JavaScript: no CSS.
import {build} from 'esbuild';

let bundle;

/** @type {import('koa').Middleware} */
export async function ckeditorFixture(ctx, next) {
  if (ctx.path !== '/ckeditor-fixture.js') return next();
  bundle ??= build({
    entryPoints: ['test/support/ckeditor-drupal.ts'],
    bundle: true,
    format: 'esm',
    write: false,
    tsconfig: 'tsconfig.json',
    loader: {'.css': 'empty'},
  }).then((result) => result.outputFiles[0].text);
  ctx.type = 'application/javascript';
  ctx.body = await bundle;
}
