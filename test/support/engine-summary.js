// One closing line per engine, with the titles of its skipped tests (they say
// why), then the total, for CI's log: the default reporter's per-browser
// progress is drawn only on a terminal.

/** Passed, failed and skipped tests of one session's result tree. */
function count(suite, totals) {
  for (const test of suite.tests) {
    const key = test.skipped ? 'skipped' : test.passed ? 'passed' : 'failed';
    totals[key] += 1;
    if (test.skipped) totals.skippedTitles.push(test.name);
  }
  for (const child of suite.suites) count(child, totals);
}

const line = (t) =>
  `${t.passed} passed, ${t.failed} failed, ${t.skipped} skipped` +
  (t.broken ? `, ${t.broken} test files did not run to the end` : '');

/** @returns {import('@web/test-runner').Reporter} */
export function engineSummary() {
  let runs = [];
  return {
    onTestRunFinished({sessions}) {
      runs = sessions;
    },
    stop() {
      const engines = new Map();
      const all = {passed: 0, failed: 0, skipped: 0, broken: 0};
      for (const session of runs) {
        const totals = engines.get(session.browser.name) ?? {passed: 0, failed: 0, skipped: 0, broken: 0, skippedTitles: []};
        engines.set(session.browser.name, totals);
        const before = totals.failed;
        if (session.testResults) count(session.testResults, totals);
        // An error outside any test (a syntax error, a crash) fails the file without a failed test.
        if (!session.passed && totals.failed === before) totals.broken += 1;
      }
      console.log('');
      for (const [name, totals] of engines) {
        console.log(`${name}: ${line(totals)}`);
        for (const title of totals.skippedTitles) console.log(`  skipped: ${title}`);
        for (const key of Object.keys(all)) all[key] += totals[key];
      }
      console.log(`all engines: ${line(all)}`);
    },
  };
}
