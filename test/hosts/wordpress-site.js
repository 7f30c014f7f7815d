// A real WordPress site for the tests: Debian's `wordpress` (6.1) on Debian's PHP, with its
// database in a MariaDB server started here (no systemd, no root password, no network: a
// socket), served by PHP's built-in server on 127.0.0.1. Everything lives in .wordpress-site/
// (git-ignored), and every step is idempotent: a second run reuses the install and the data.
//
//   node test/hosts/wordpress-site.js           sets the site up, prints the versions, stops
//   node test/hosts/wordpress-site.js --serve   …and keeps serving until Ctrl-C
//
// test/node/wordpress-site.test.js calls startWordPressSite() and stops it when done.
import {execFile, spawn} from 'node:child_process';
import {createHash} from 'node:crypto';
import {cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {createServer} from 'node:net';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {pathToFileURL} from 'node:url';

const WORDPRESS = process.env.WORDPRESS_DIR ?? '/usr/share/wordpress';
const HOME = resolve('.wordpress-site');
const ROOT = join(HOME, 'wordpress');
const DATA = join(HOME, 'mariadb');
// A socket path must stay under ~100 bytes, wherever the clone is.
const SOCKET = join(tmpdir(), `thamm-wp-${createHash('sha256').update(HOME).digest('hex').slice(0, 12)}.sock`);
const ZIP = resolve('dist/thamm-widgets-wordpress.zip');

/** Runs a program; resolves with stdout, rejects with its stderr. */
function run(file, args, {input = '', env = {}} = {}) {
  return new Promise((done, fail) => {
    const child = execFile(file, args, {env: {...process.env, ...env}, maxBuffer: 16 << 20, timeout: 120_000}, (error, stdout, stderr) => {
      if (error) fail(new Error(`${file} ${args.join(' ')} failed: ${stderr || stdout || error.message}`));
      else done(stdout);
    });
    child.stdin.end(input);
  });
}

const freePort = () =>
  new Promise((done) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const {port} = server.address();
      server.close(() => done(port));
    });
  });

async function until(what, check, timeout = 60_000) {
  const end = Date.now() + timeout;
  for (;;) {
    try {
      if (await check()) return;
    } catch {
      // not yet
    }
    if (Date.now() > end) throw new Error(`wordpress-site: ${what} did not happen within ${timeout / 1000} s`);
    await new Promise((next) => setTimeout(next, 100));
  }
}

/**
 * WordPress's files, linked (not copied: same bytes, no space) from Debian's package, except what
 * a site owns: wp-config.php, written here, and wp-content, copied, where plugins get installed.
 */
async function writeTree(url) {
  // Made again when Debian's package changes (its files are replaced, the links keep the old ones).
  const version = (root) => (existsSync(join(root, 'wp-includes/version.php')) ? readFileSync(join(root, 'wp-includes/version.php'), 'utf8') : '');
  if (version(ROOT) !== version(WORDPRESS)) {
    rmSync(ROOT, {recursive: true, force: true});
    mkdirSync(HOME, {recursive: true});
    // Hard links; a copy where they are not possible (another file system).
    const linked = await succeeds('cp', ['-al', WORDPRESS, ROOT]);
    if (!linked) {
      rmSync(ROOT, {recursive: true, force: true});
      cpSync(WORDPRESS, ROOT, {recursive: true, verbatimSymlinks: true});
    }
    // Never write through a link into the package: these two become the site's own files.
    rmSync(join(ROOT, 'wp-content'), {recursive: true});
    cpSync(join(WORDPRESS, 'wp-content'), join(ROOT, 'wp-content'), {recursive: true});
    rmSync(join(ROOT, '.htaccess'), {force: true});
  }
  rmSync(join(ROOT, 'wp-config.php'), {force: true});
  writeFileSync(join(ROOT, 'wp-config.php'), `<?php
// Written by test/hosts/wordpress-site.js on each run (the port changes).
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'root' );
define( 'DB_PASSWORD', '' );
define( 'DB_HOST', ${JSON.stringify(`localhost:${SOCKET}`)} );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
foreach ( array( 'AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT' ) as $thamm_key ) {
\tdefine( $thamm_key, 'thamm-widgets test site, never public: ' . $thamm_key );
}
$table_prefix = 'wp_';
define( 'WP_HOME', ${JSON.stringify(url)} );
define( 'WP_SITEURL', ${JSON.stringify(url)} );
define( 'FS_METHOD', 'direct' );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_AUTO_UPDATE_CORE', false );
define( 'DISABLE_WP_CRON', true );
// No request leaves the machine (translations, update checks).
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
// Notices go to a log the test reads, never into the page.
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_DEBUG_LOG', ${JSON.stringify(join(HOME, 'debug.log'))} );
if ( ! defined( 'ABSPATH' ) ) {
\tdefine( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
`);
}

function succeeds(file, args) {
  return new Promise((done) => execFile(file, args, (error) => done(!error)));
}

const mariadb = (sql) => run('mariadb', ['--no-defaults', `--socket=${SOCKET}`, '-uroot', '-e', sql]);

/** MariaDB on a socket, with its data in .wordpress-site/mariadb (initialised once). */
async function startDatabase() {
  if (!existsSync(join(DATA, 'mysql'))) {
    rmSync(DATA, {recursive: true, force: true});
    await run('mariadb-install-db', ['--no-defaults', `--datadir=${DATA}`, '--user=root', '--auth-root-authentication-method=normal', '--skip-test-db']);
  }
  rmSync(SOCKET, {force: true});
  const server = spawn('mariadbd', ['--no-defaults', `--datadir=${DATA}`, `--socket=${SOCKET}`, '--skip-networking', '--user=root',
    `--pid-file=${join(HOME, 'mariadbd.pid')}`, `--log-error=${join(HOME, 'mariadbd.log')}`, '--innodb-buffer-pool-size=32M'], {stdio: 'ignore'});
  let exited = false;
  server.on('exit', () => (exited = true));
  await until('MariaDB start', async () => {
    if (exited) throw new Error(`mariadbd exited; see ${join(HOME, 'mariadbd.log')}`);
    await mariadb('SELECT 1');
    return true;
  });
  await mariadb('CREATE DATABASE IF NOT EXISTS wordpress CHARACTER SET utf8mb4');
  return server;
}

function stopProcess(child) {
  return new Promise((done) => {
    if (!child || child.exitCode !== null || child.signalCode !== null) return done();
    child.once('exit', () => done());
    child.kill('SIGTERM');
  });
}

/**
 * Sets the site up and serves it. `content` is what `php setup.php content` takes: the
 * allowed origins, the posts, and HTML to render with do_shortcode(). Resolves with the URL, the
 * versions, the origins option, each post's URL and saved content, the rendered HTML,
 * `uninstall()` (runs the plugin's uninstall.php, resolves with the option after) and `stop()`.
 */
export async function startWordPressSite({content = {origins: '', posts: []}, log = console.log} = {}) {
  if (!existsSync(ZIP)) throw new Error(`${ZIP} is missing: run npm run build first`);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  await writeTree(url);
  const database = await startDatabase();
  let server;
  const stop = async () => {
    await stopProcess(server);
    await stopProcess(database);
  };
  try {
    const env = {THAMM_WP_ROOT: ROOT, THAMM_WP_URL: url, THAMM_WP_PLUGIN_ZIP: ZIP};
    const php = async (step, input) => JSON.parse(await run('php', [resolve('test/hosts/wordpress/setup.php'), step], {input, env}));
    const versions = await php('install');
    log(`wordpress-site: WordPress ${versions.wordpress}, PHP ${versions.php}, MariaDB ${versions.database}${versions.installedBefore ? ' (already installed)' : ' (installed now)'}`);
    const plugin = await php('plugin');
    if (!plugin.active) throw new Error('wordpress-site: the plugin is not active');
    const site = await php('content', JSON.stringify(content));
    server = spawn('php', ['-S', `127.0.0.1:${port}`, '-t', ROOT], {stdio: 'ignore', env: {...process.env, ...env}});
    await until('PHP server start', async () => (await fetch(`${url}/wp-login.php`)).ok);
    log(`wordpress-site: serving ${url}/ (plugin ${plugin.plugin} active)`);
    const uninstall = async () => (await php('uninstall')).origins;
    return {url, versions, plugin, ...site, uninstall, stop, debugLog: join(HOME, 'debug.log')};
  } catch (error) {
    await stop();
    throw error;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const site = await startWordPressSite();
  if (process.argv.includes('--serve')) {
    process.once('SIGINT', () => site.stop());
  } else {
    await site.stop();
  }
}
