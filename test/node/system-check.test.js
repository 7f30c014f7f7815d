// build/system-check.js, the first step of `npm test`, with the package lookup,
// root and the OS stubbed: nothing here installs or removes anything.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {test} from 'node:test';
import {detectSystem, systemCheck} from '../../build/system-check.js';

const list = JSON.parse(readFileSync('build/system-packages.json', 'utf8'));
const chromium = list.find((entry) => entry.package === 'chromium');

/** Runs the check with `absent` files missing; returns its exit code, output and the commands it ran. */
function check({absent = [], system = {isRoot: true, debianLike: true}, runOk = true, installs = true, env = {}, verbose = false} = {}) {
  const missingFiles = new Set(absent);
  const out = [];
  const err = [];
  const ran = [];
  const code = systemCheck({
    list,
    env,
    verbose,
    exists: (file) => !missingFiles.has(file),
    system: () => system,
    run: (command) => {
      ran.push(command.join(' '));
      if (installs && command[1] === 'install') missingFiles.clear();
      return runOk;
    },
    log: (line) => out.push(line),
    error: (line) => err.push(line),
  });
  return {code, out: out.join('\n'), err: err.join('\n'), ran};
}

test('one list: every entry names a package, the file that proves it, and why', () => {
  assert.ok(list.length > 0);
  for (const entry of list) {
    assert.match(entry.package, /^[a-z0-9][a-z0-9.+-]+$/, JSON.stringify(entry));
    assert.match(entry.file, /^\//, `${entry.package}: an absolute path`);
    assert.ok(entry.why?.length > 10, `${entry.package}: says why`);
  }
  assert.equal(chromium?.file, '/usr/bin/chromium', 'the browser the test runner launches');
});

test('everything present: exit 0, nothing printed, nothing run', () => {
  assert.deepEqual(check(), {code: 0, out: '', err: '', ran: []});
});

test('--verbose says the check passed and that nothing is installed', () => {
  const {code, out, ran} = check({verbose: true});
  assert.equal(code, 0);
  assert.ok(out.includes(`${list.map((entry) => entry.package).join(', ')} installed; nothing to install`), out);
  assert.deepEqual(ran, []);
});

test('root on Debian: apt-get update once, then installs only what is missing, saying what and why', () => {
  const {code, out, err, ran} = check({absent: ['/usr/bin/chromium']});
  assert.equal(code, 0, err);
  assert.deepEqual(ran, [
    'apt-get update -qq',
    'apt-get install -y --no-install-recommends chromium',
  ]);
  assert.match(out, /installing 1 missing Debian package/);
  assert.match(out, /chromium +\/usr\/bin\/chromium: the browser tests run in it/);
  assert.doesNotMatch(out, /php-cli/, 'present packages are not named');
});

test('not root: prints the exact command and exits non-zero without running anything', () => {
  const {code, out, err, ran} = check({
    absent: ['/usr/bin/chromium', '/usr/bin/php'],
    system: {isRoot: false, debianLike: true},
  });
  assert.equal(code, 1);
  assert.deepEqual(ran, []);
  assert.equal(out, '');
  assert.match(err, /chromium +\/usr\/bin\/chromium: the browser tests run in it/);
  assert.match(err, /^ {2}sudo apt-get update && sudo apt-get install -y --no-install-recommends chromium php-cli$/m);
  assert.doesNotMatch(err, /Elsewhere/, 'on Debian the command is the whole answer');
});

test('not Debian, even as root: the Debian command and what to install elsewhere; nothing run', () => {
  const {code, err, ran} = check({absent: ['/usr/bin/php'], system: {isRoot: true, debianLike: false}});
  assert.equal(code, 1);
  assert.deepEqual(ran, []);
  assert.match(err, /sudo apt-get install -y --no-install-recommends php-cli/);
  assert.match(err, /Elsewhere, install the same programs/);
});

test('a failed apt-get stops the tests', () => {
  const {code, err, ran} = check({absent: ['/usr/bin/chromium'], runOk: false});
  assert.equal(code, 1);
  assert.deepEqual(ran, ['apt-get update -qq'], 'no install after a failed update');
  assert.match(err, /apt-get update -qq` failed/);
});

test('installed but the file is still missing (say, a snap elsewhere): stops and names the file', () => {
  const {code, err} = check({absent: ['/usr/bin/chromium'], installs: false});
  assert.equal(code, 1);
  assert.match(err, /still missing:\n +chromium +\/usr\/bin\/chromium/);
});

test('CHROME_PATH names another Chromium, as it does for the test runner', () => {
  assert.equal(check({absent: ['/usr/bin/chromium'], env: {CHROME_PATH: '/opt/chrome'}}).code, 0);
  const {code, err} = check({absent: ['/opt/chrome'], env: {CHROME_PATH: '/opt/chrome'}, system: {isRoot: false, debianLike: true}});
  assert.equal(code, 1);
  assert.match(err, /chromium +\/opt\/chrome:/);
});

test('root and the OS come from getuid and /etc/os-release', () => {
  const ubuntu = 'NAME="Ubuntu"\nID=ubuntu\nID_LIKE=debian\n';
  assert.deepEqual(detectSystem({readFile: () => ubuntu, getuid: () => 0}), {isRoot: true, debianLike: true});
  assert.deepEqual(detectSystem({readFile: () => 'ID=debian\n', getuid: () => 1000}), {isRoot: false, debianLike: true});
  assert.deepEqual(detectSystem({readFile: () => 'ID=fedora\nID_LIKE="rhel centos fedora"\n', getuid: () => 0}), {isRoot: true, debianLike: false});
  const noFile = () => {
    throw new Error('ENOENT');
  };
  assert.deepEqual(detectSystem({readFile: noFile, getuid: null}), {isRoot: false, debianLike: false}, 'Windows: no getuid, no os-release');
});

test('npm test runs the check first, and stops there when it fails', () => {
  const {scripts} = JSON.parse(readFileSync('package.json', 'utf8'));
  assert.match(scripts.test, /^node build\/system-check\.js && /);
});

test('.ci/run installs nothing itself: the one list is the check\'s', () => {
  const ci = readFileSync('.ci/run', 'utf8');
  assert.doesNotMatch(ci, /apt-get/);
  assert.match(ci, /node build\/system-check\.js --verbose/);
});
