// WebKit for the test runner, from Debian only: `WebKitWebDriver` (package
// webkit2gtk-driver) drives MiniBrowser, which has no headless mode, so it gets
// its own Xvfb display. Both are started on first use and stopped with the run.
import {spawn} from 'node:child_process';
import {createServer} from 'node:net';
import {WebdriverLauncher} from '@web/test-runner-webdriver';

/** A TCP port that was free a moment ago. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const {port} = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts `command`; resolves with the child once `ready(child)` resolves, rejects if it exits first. */
function start(command, args, options, ready) {
  const child = spawn(command, args, {stdio: ['ignore', 'pipe', 'inherit'], ...options});
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`${command} exited (${code}) before it was ready`)));
    ready(child).then(() => resolve(child), reject);
  });
}

/** Xvfb on the first free display; `-displayfd` prints its number when it accepts clients. */
const startXvfb = (display) =>
  start('Xvfb', ['-displayfd', '1', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {}, (child) =>
    new Promise((resolve) => {
      let out = '';
      child.stdout.on('data', (chunk) => {
        out += chunk;
        if (out.includes('\n')) resolve((display.value = `:${out.trim()}`));
      });
    }),
  );

/** WebKitWebDriver on `port`, ready when `/status` answers. */
const startDriver = (port, display) =>
  start('WebKitWebDriver', [`--port=${port}`], {env: {...process.env, DISPLAY: display}}, async (child) => {
    for (;;) {
      if (child.exitCode !== null) return;
      const up = await fetch(`http://127.0.0.1:${port}/status`).then((r) => r.ok, () => false);
      if (up) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  });

const STOP_TIMEOUT = 20_000;
const STUCK = Symbol('stuck');

class WebKitLauncher extends WebdriverLauncher {
  children = [];

  async initialize(config) {
    await super.initialize(config);
    this.name = 'WebKit';
  }

  async startSession(id, url) {
    this.ready ??= this.startServices();
    await this.ready;
    return super.startSession(id, url);
  }

  async startServices() {
    const display = {};
    this.children.push(await startXvfb(display));
    const port = await freePort();
    this.children.push(await startDriver(port, display.value));
    Object.assign(this.options, {hostname: '127.0.0.1', port, path: '/'});
    // A killed run must not leave a display or a browser behind.
    process.once('exit', () => this.killChildren());
  }

  /**
   * Ends a test file. WebKitGTK on a loaded machine once never finished the
   * navigation to about:blank that ends a file (CI: "Timed out stopping the
   * browser page" after the file's tests had all passed). Then the browser is
   * restarted, with a warning, so that the next file gets a working one.
   */
  async stopSession(id) {
    let timer;
    const stuck = new Promise((resolve) => (timer = setTimeout(resolve, STOP_TIMEOUT, STUCK)));
    const stopping = super.stopSession(id);
    stopping.catch(() => {}); // once restarted, the old driver's failure is expected
    const result = await Promise.race([stopping, stuck]).finally(() => clearTimeout(timer));
    if (result !== STUCK) return result;
    console.warn(`WebKit: the page did not stop within ${STOP_TIMEOUT / 1000} s; restarting the browser`);
    await this.restart();
    return {testCoverage: undefined};
  }

  async restart() {
    clearInterval(this.pendingHeartbeat);
    this.killChildren();
    Object.assign(this, {driver: undefined, driverManager: undefined, ready: undefined});
  }

  killChildren() {
    for (const child of this.children.reverse()) child.kill();
    this.children = [];
  }

  async stop() {
    await super.stop();
    this.killChildren();
  }
}

/** WebKitGTK's MiniBrowser through WebDriver classic (the driver refuses a BiDi session). */
export const webkitLauncher = () =>
  new WebKitLauncher({
    logLevel: 'error',
    capabilities: {browserName: 'MiniBrowser', 'wdio:enforceWebDriverClassic': true},
  });
