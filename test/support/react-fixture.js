// Serves test/react/fixture.ts bundled with React 18 (/react-fixture/18.js)
// or React 19 (/react-fixture/19.js): React ships CommonJS, which the test
// runner cannot serve to the browser as it is.
import {build} from 'esbuild';

const cache = new Map();

/** @type {import('koa').Middleware} */
export async function reactFixture(ctx, next) {
  const match = /^\/react-fixture\/(18|19)\.js$/.exec(ctx.path);
  if (!match) return next();
  const version = match[1];
  if (!cache.has(version)) {
    const result = await build({
      entryPoints: ['test/react/fixture.ts'],
      bundle: true,
      format: 'esm',
      write: false,
      tsconfig: 'tsconfig.json',
      alias: version === '18' ? {react: 'react-18', 'react-dom': 'react-dom-18'} : {},
      define: {'process.env.NODE_ENV': '"production"'},
    });
    cache.set(version, result.outputFiles[0].text);
  }
  ctx.type = 'application/javascript';
  ctx.body = cache.get(version);
}
