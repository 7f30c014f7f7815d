// Screenshots of the built embed builder (dist/builder/, after `npm run build`),
// in Debian's Chromium through playwright-core, once the preview is ready.
//   node build/builder-screenshot.js              writes docs/builder.png (README's "Use it")
//   node build/builder-screenshot.js --all DIR    fr and ar, desktop and phone, full pages, into DIR
import {createReadStream, existsSync, mkdirSync, statSync} from 'node:fs';
import {createServer} from 'node:http';
import {extname, join, normalize, resolve} from 'node:path';
import {chromium} from 'playwright-core';

const ROOT = resolve('dist/builder');
if (!existsSync(join(ROOT, 'index.html'))) {
  console.error('dist/builder/index.html is missing: run `npm run build` first.');
  process.exit(1);
}
const TYPES = {'.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml'};

// The built folder as the programme would host it, nothing else.
const server = createServer((request, response) => {
  const {pathname} = new URL(request.url, 'http://localhost');
  const path = normalize(join(ROOT, pathname.endsWith('/') ? `${pathname}index.html` : pathname));
  if (!path.startsWith(ROOT) || !existsSync(path) || statSync(path).isDirectory()) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, {'content-type': TYPES[extname(path)] ?? 'application/octet-stream'});
  createReadStream(path).pipe(response);
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
});

/** The page in `lang` at `width`, its preview ready, written to `file`. */
async function shoot({lang, width, height, fullPage, file, phonePreview = false, slices = false, item}) {
  const page = await browser.newPage({viewport: {width, height}, locale: lang});
  const problems = [];
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  page.on('pageerror', (error) => problems.push(String(error)));
  await page.goto(`${origin}/?lang=${lang}`);
  await page.waitForSelector('.preview-frame > [state="ready"]', {timeout: 15_000});
  if (item) {
    await page.locator(`input[type=radio][value="${item}"]`).check();
    await page.waitForSelector('.preview-frame > [state="ready"]');
  }
  if (phonePreview) {
    await page.locator('.segment input[value="phone"]').check();
    await page.waitForSelector('.preview-frame > [state="ready"]');
  }
  // Picking scrolled the page: back to its top, with no focus ring left from the script.
  await page.evaluate(() => {
    document.activeElement?.blur();
    window.scrollTo(0, 0);
  });
  await page.screenshot({path: file, fullPage});
  if (slices) {
    // A tall phone page, also in screen-sized parts that can be read at a glance.
    const total = await page.evaluate(() => document.documentElement.scrollHeight);
    for (let y = 0, i = 1; y < total; y += height, i++) {
      await page.screenshot({path: file.replace(/\.png$/, `-${i}.png`), fullPage: true, clip: {x: 0, y, width, height: Math.min(height, total - y)}});
    }
  }
  await page.close();
  if (problems.length) throw new Error(`${file}: ${problems.join('; ')}`);
  console.log(`wrote ${file}`);
}

try {
  const all = process.argv.indexOf('--all');
  if (all >= 0) {
    const dir = process.argv[all + 1] ?? 'builder-screenshots';
    mkdirSync(dir, {recursive: true});
    for (const lang of ['fr', 'ar', 'en']) {
      await shoot({lang, width: 1280, height: 900, fullPage: true, file: `${dir}/${lang}-desktop.png`});
      await shoot({lang, width: 390, height: 844, fullPage: true, file: `${dir}/${lang}-phone.png`, phonePreview: true, slices: true});
    }
  } else {
    // What an officer sees at a common laptop size: a quote picked, its preview and its code.
    await shoot({lang: 'fr', width: 1280, height: 1100, fullPage: false, file: 'docs/builder.png', item: '/quotes/1'});
  }
} finally {
  await browser.close();
  server.close();
}
