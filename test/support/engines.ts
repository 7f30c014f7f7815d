/** The engine running this test page: the suite runs in Chromium, Firefox and WebKit. */
export const engine: 'chromium' | 'firefox' | 'webkit' = /Firefox\//.test(navigator.userAgent)
  ? 'firefox'
  : /Chrome\//.test(navigator.userAgent)
    ? 'chromium'
    : 'webkit';

/**
 * `it` for tests that need a Chromium-only command (`emulateMedia`, the CDP
 * `emulate-forced-colors`): `chromiumOnly('emulateMedia')('title', test)`.
 * In Firefox and WebKit the test is reported as skipped, `reason` in its title.
 */
export const chromiumOnly =
  (reason: string) =>
  (title: string, test: Mocha.AsyncFunc): Mocha.Test =>
    engine === 'chromium' ? it(title, test) : it.skip(`${title} [Chromium only: ${reason}]`, test);
