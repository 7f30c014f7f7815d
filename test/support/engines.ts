import {waitUntil} from '@open-wc/testing';

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

/**
 * Waits for `condition` on a frame whose page is still streaming: true once it
 * holds. WebKit may hold an async script until a frame that has never painted
 * finishes parsing (a loaded CI run did): there it gives up after 5 s and says
 * false, and the test checks only what follows. Elsewhere it must hold (15 s).
 */
export async function whileStreaming(condition: () => unknown, message: string): Promise<boolean> {
  const waiting = waitUntil(condition, message, {timeout: engine === 'webkit' ? 5000 : 15_000});
  return engine === 'webkit' ? waiting.then(() => true, () => false) : waiting.then(() => true);
}
