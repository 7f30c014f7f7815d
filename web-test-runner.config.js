import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromeLauncher} from '@web/test-runner-chrome';
import {mockServer} from './test/support/mock-server.js';

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

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // One visible tab at a time: a hidden tab gets no animation frames, and
  // fixtures and layout tests wait for them.
  concurrency: 1,
  testsFinishTimeout: 60_000,
  plugins: [esbuildPlugin({ts: true, tsconfig: './tsconfig.json'})],
  middleware: [mockServer],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        args: chromeArgs,
      },
    }),
  ],
  testFramework: {config: {timeout: 10_000}},
};
