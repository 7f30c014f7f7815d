import {esbuildPlugin} from '@web/dev-server-esbuild';
import {defaultReporter} from '@web/test-runner';
import {chromeLauncher, puppeteerCore} from '@web/test-runner-chrome';
import {visualRegressionPlugin} from '@web/test-runner-visual-regression/plugin';
import {ckeditorFixture} from './test/support/ckeditor-fixture.js';
import {engineSummary} from './test/support/engine-summary.js';
import {hostCommands} from './test/support/host-commands.js';
import {mockServer} from './test/support/mock-server.js';
import {reactFixture} from './test/support/react-fixture.js';
import {webkitLauncher} from './test/support/webkit-launcher.js';

// Debian's Chromium, as root, on a machine with no network (see toolchain.md).
const chromeArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/**
 * `executeServerCommand('emulate-forced-colors', {active})`: the stock
 * emulateMedia command does not pass forced-colors to Chromium's puppeteer page.
 * Like emulateMedia, it replaces every emulated media feature.
 */
const cdpSessions = new WeakMap();
const forcedColorsCommand = {
  name: 'emulate-forced-colors',
  async executeCommand({command, payload, session}) {
    if (command !== 'emulate-forced-colors') return undefined;
    // Puppeteer refuses the feature name, so ask Chromium directly, through a
    // CDP session kept open: emulation ends with the session that set it.
    const page = session.browser.getPage(session.id);
    if (!cdpSessions.has(page)) cdpSessions.set(page, await page.createCDPSession());
    await cdpSessions.get(page).send('Emulation.setEmulatedMedia', {
      features: [{name: 'forced-colors', value: payload.active ? 'active' : 'none'}],
    });
    return true;
  },
};

/**
 * Screenshots of every element against test/visual/baseline/ (test/visual.test.ts).
 * `npm run test:visual -- --update` rewrites the baselines; a failure writes the new
 * screenshot and the difference to test/visual/failed/ (git-ignored). A pixel counts
 * as changed past pixelmatch's colour threshold, anti-aliasing aside; a screenshot
 * fails past 0.1 % changed pixels, so a hinting shift passes and a moved line does not.
 */
const visualRegression = visualRegressionPlugin({
  update: process.argv.includes('--update'),
  baseDir: 'test/visual',
  getBaselineName: ({name}) => `baseline/${name}`,
  getFailedName: ({name}) => `failed/${name}`,
  getDiffName: ({name}) => `failed/${name}-diff`,
  diffOptions: {threshold: 0.2},
  failureThreshold: 0.1,
  failureThresholdType: 'percent',
});

// The three engines, all from Debian. `BROWSERS=firefox npx wtr` runs a subset.
const launchers = {
  chromium: () =>
    Object.assign(
      chromeLauncher({
        launchOptions: {executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: chromeArgs},
      }),
      {name: 'Chromium'},
    ),
  // Puppeteer drives Firefox over WebDriver BiDi, headless, with no driver binary.
  firefox: () =>
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: {
        browser: 'firefox',
        protocol: 'webDriverBiDi',
        executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
        headless: true,
      },
    }),
  webkit: webkitLauncher,
};
const names = (process.env.BROWSERS ?? Object.keys(launchers).join(',')).split(',').map((name) => name.trim());
for (const name of names) {
  if (!launchers[name]) throw new Error(`BROWSERS: unknown "${name}"; use ${Object.keys(launchers).join(', ')}`);
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // One visible tab at a time: a hidden tab gets no animation frames, and
  // fixtures and layout tests wait for them.
  concurrency: 1,
  // One engine at a time too: two cores, and a starved page times out instead of failing.
  concurrentBrowsers: 1,
  testsFinishTimeout: 120_000,
  // A first Firefox or WebKit start on a loaded machine can take longer than the default 30 s.
  browserStartTimeout: 120_000,
  plugins: [esbuildPlugin({ts: true, tsconfig: './tsconfig.json'}), forcedColorsCommand, hostCommands, visualRegression],
  middleware: [mockServer, reactFixture, ckeditorFixture],
  browsers: names.map((name) => launchers[name]()),
  reporters: [defaultReporter(), engineSummary()],
  // Generous for a slow engine on a loaded machine (axe over four shadow roots
  // in WebKit took over 10 s there); a test that hangs still fails.
  testFramework: {config: {timeout: 20_000}},
};
