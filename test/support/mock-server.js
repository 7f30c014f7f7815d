// Test endpoints under /mock/ for the fetch paths a real partner site meets:
// slow answers, HTTP errors, login pages, broken and oversized bodies.
// Everything else is served as files by the test runner.
import {readFile} from 'node:fs/promises';
import {Readable} from 'node:stream';

/** Requests seen per `?v=` key, for tests that count them. */
const hits = new Map();

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** @type {import('koa').Middleware} */
export async function mockServer(ctx, next) {
  // The server is also reachable as the other loopback name, a second origin:
  // the built bundle and the test documents may be loaded across it.
  if (/^\/(dist|mock|content)\//.test(ctx.path)) ctx.set('Access-Control-Allow-Origin', '*');
  if (ctx.path === '/dist/builder/index.html' && ctx.query.csp) return builderUnderCsp(ctx);
  if (!ctx.path.startsWith('/mock/')) return next();
  const query = ctx.query;
  if (ctx.path === '/mock/hits') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(hits.get(query.v) ?? 0);
    return;
  }
  if (query.v) hits.set(query.v, (hits.get(query.v) ?? 0) + 1);
  const delay = Number(query.delay ?? 0);
  if (delay) await sleep(delay);
  // ?hold=key: no answer until the test asks for it (GET /mock/release?v=key), at most 20 s.
  if (query.hold) await released(String(query.hold));
  switch (ctx.path) {
    case '/mock/seed.json':
      // The seed bundle, optionally slow (?delay=ms; a distinct ?v= keeps URLs apart), by a
      // redirect to where it is published: its relative image paths resolve against that.
      ctx.redirect(`/content/thamm-seed.json?v=${encodeURIComponent(String(query.v ?? ''))}`);
      return;
    case '/mock/json':
      // Any JSON document, given in ?body=.
      ctx.type = 'application/json';
      ctx.body = String(query.body ?? '');
      return;
    case '/mock/status':
      ctx.status = Number(query.code ?? 500);
      ctx.type = 'application/json';
      ctx.body = '{"error": true}';
      return;
    case '/mock/portal':
      // A captive portal: 200, but a login page.
      ctx.type = 'text/html';
      ctx.body = '<!doctype html><title>Wi-Fi login</title><form>Log in</form>';
      return;
    case '/mock/portal-as-json':
      // A portal that even lies about its content type.
      ctx.type = 'application/json';
      ctx.body = '<!doctype html><title>Wi-Fi login</title>';
      return;
    case '/mock/huge':
      // ?mb= megabytes of a JSON string, streamed with no Content-Length, and then
      // nothing more: the body never ends, as if the rest were still on its way.
      ctx.type = 'application/json';
      ctx.body = Readable.from(hugeBody(Number(query.mb ?? 3)));
      return;
    case '/mock/hang':
      // Never answers within a test's patience.
      await sleep(30_000);
      ctx.body = '{}';
      return;
    case '/mock/streamed-page':
      // A CMS page whose parser is still inside the inline JSON when the
      // (async) module defines the element.
      ctx.type = 'text/html';
      ctx.body = Readable.from(streamedPage(String(query.v)));
      return;
    case '/mock/csp-page':
      // A partner page with the strictest policy the contract promises to work under.
      // ?other-lit=1: another copy of Lit on the page, allowed its own policy, takes it first.
      ctx.set(
        'Content-Security-Policy',
        "default-src 'self'; style-src 'self'; script-src 'self'; require-trusted-types-for 'script'; " +
          `trusted-types thamm-widgets${query['other-lit'] ? ' lit-html' : ''}`,
      );
      ctx.type = 'text/html';
      ctx.body = `<!doctype html><html lang="fr"><head><title>CSP</title>
        <script type="module" src="/test/support/csp-page.js"></script></head><body>
        <thamm-news-card><script type="application/json">{"title": "Sous CSP stricte", "date": "2020-10-15"}</script></thamm-news-card>
        <thamm-quote><script type="application/json">{"text": "Par choix", "author": {"name": "R. Bikhazi"}}</script></thamm-quote>
        <thamm-partner-strip logo-height="40"><script type="application/json">[{"name": "OIT", "logo": {"src": "/content/logos/ilo.svg", "alt": ""}}, {"name": "Enabel"}]</script></thamm-partner-strip>
        <thamm-contact-badge><script type="application/json">{"name": "Abderrahim Amraoui", "email": "amraoui@ilo.org"}</script></thamm-contact-badge>
        <thamm-news-card><script type="application/json">{"title": "Invalide"}</script><p>Repli</p></thamm-news-card>
        <thamm-quote src="/mock/seed.json?v=csp-${Date.now()}&delay=400#/quotes/0"></thamm-quote>
        <thamm-partner-strip src="/mock/status?code=404&csp"></thamm-partner-strip>
        </body></html>`;
      return;
    case '/mock/blockquote-page': {
      // A CMS page whose editor kept only blockquotes, with the one-file bundle
      // loaded (twice) from the other origin, which the bundle's own origin allows.
      const other = `http://${ctx.hostname === 'localhost' ? '127.0.0.1' : 'localhost'}:${ctx.host.split(':').pop()}`;
      const v = `${query.v}`;
      ctx.type = 'text/html';
      ctx.body = `<!doctype html><html lang="fr"><head><title>Blockquotes</title>
        <script type="module" src="${other}/dist/thamm-widgets.js"></script>
        <script type="module" src="${other}/dist/thamm-widgets.js?copy=2"></script></head><body>
        <blockquote cite="${other}/mock/seed.json?v=${v}-script#/quotes/0" lang="en"><p>A quote, by the ILO</p></blockquote>
        <blockquote cite="/mock/seed.json?v=${v}-page#/contacts/0" data-onclick="parent.clicked = true"><p>Abderrahim Amraoui</p></blockquote>
        <blockquote cite="https://www.ilo.org/thamm"><p>An ordinary quote</p></blockquote>
        </body></html>`;
      return;
    }
    case '/mock/release':
      waiting.get(String(query.v))?.();
      ctx.body = '';
      return;
    case '/mock/streamed-blockquote':
      // A long post still streaming when the (async) bundle has run: the
      // blockquote arrives later, through the parser.
      ctx.type = 'text/html';
      ctx.body = Readable.from(streamedBlockquote(String(query.v)));
      return;
    case '/mock/echo':
      // What the request carried that privacy cares about.
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({
        title: 'echo',
        date: '2020-10-15',
        summary: JSON.stringify({cookie: ctx.get('cookie'), referer: ctx.get('referer')}),
      });
      return;
    default:
      ctx.status = 404;
  }
}

async function* hugeBody(mb) {
  const chunk = 'x'.repeat(64 * 1024);
  yield '{"title": "';
  for (let i = 0; i < mb * 16; i++) {
    yield chunk;
    await sleep(1);
  }
  await sleep(30_000);
}

async function* streamedPage(v) {
  yield '<!doctype html><html lang="fr"><head><meta charset="utf-8">' +
    // A real head is longer; WebKit waits for more than a short first chunk before it parses.
    `<!--${' '.repeat(4096)}-->` +
    '<script>window.failures = []; addEventListener("thamm-error", (e) => failures.push(e.detail.message));' +
    // The page says when the element is defined: the test reads a plain value across frames.
    'customElements.whenDefined("thamm-news-card").then(() => (window.defined = true));</script>' +
    // The one-file bundle, as partner pages load it: one request where the sources are dozens.
    `<script type="module" async src="/dist/thamm-widgets.js?v=${v}"></script></head><body>` +
    '<thamm-news-card><script type="application/json">{"title": "Arrivée en flux",';
  // The test lets the rest come once the element is defined, however slow the engine;
  // meanwhile JSON white space trickles in, as more of a long page would.
  yield* heldUntilReleased(v, ' ');
  yield '"date": "2020-10-15"}</script><p>Repli</p></thamm-news-card></body></html>';
}

/** Streamed pages held after their first part, by `?v=`: GET /mock/release?v= sends the rest. */
const waiting = new Map();

/** Resolves when the test asks for `v` (GET /mock/release?v=), or after 20 s. */
function released(v) {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      if (waiting.get(v) === done) waiting.delete(v);
      resolve();
    };
    const timer = setTimeout(done, 20_000);
    waiting.set(v, done);
  });
}

/**
 * Yields `filler` every 100 ms until the test releases page `v`. A page that
 * sends nothing at all is not what a slow CMS does, and WebKit, on a loaded
 * machine, did not run an async module it had already fetched until more of
 * the page arrived.
 */
async function* heldUntilReleased(v, filler) {
  let done = false;
  released(v).then(() => (done = true));
  while (!done) {
    await sleep(100);
    if (!done) yield filler;
  }
}

async function* streamedBlockquote(v) {
  yield '<!doctype html><html lang="fr"><head><title>Streaming</title>' +
    // A real head is longer; WebKit waits for more than a short first chunk before it parses.
    `<!--${' '.repeat(4096)}-->` +
    // The one-file bundle, as partner pages load it: one request, however slow the engine's module loading.
    '<script type="module" async src="/dist/thamm-widgets.js"></script></head><body><p>Début de l’article</p>';
  // The test lets the rest come once the bundle has run, however slow the engine.
  yield* heldUntilReleased(v, '<!-- -->');
  yield '<script>window.ranBefore = Boolean(customElements.get("thamm-news-card"));</script>' +
    `<blockquote cite="/mock/seed.json?v=${v}#/news/0"><p>Lancement du programme THAMM</p></blockquote></body></html>`;
}

/**
 * The built embed builder under the partner pages' strict CSP (the one of
 * /mock/csp-page), with a watcher that records violations and errors from
 * the start, before the page's own module runs.
 */
async function builderUnderCsp(ctx) {
  const page = await readFile('dist/builder/index.html', 'utf8');
  ctx.set(
    'Content-Security-Policy',
    "default-src 'self'; style-src 'self'; script-src 'self'; require-trusted-types-for 'script'; trusted-types thamm-widgets",
  );
  ctx.type = 'text/html';
  ctx.body = page.replace('<head>', '<head><script src="/test/support/csp-watch.js"></script>');
}
