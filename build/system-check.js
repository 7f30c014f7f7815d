// The first step of `npm test`: are the Debian packages the tests need installed?
// One file per package proves it (build/system-packages.json), so the usual run,
// with everything present, costs a few stat calls and prints nothing. What is
// missing is installed with apt-get when we are root on Debian or Ubuntu;
// anywhere else we stop before any test starts and name the command to run.
import {spawnSync} from 'node:child_process';
import {existsSync, readFileSync} from 'node:fs';
import {pathToFileURL} from 'node:url';

const listUrl = new URL('system-packages.json', import.meta.url);

/** The file that proves an entry is installed: its env override, if set, wins (CHROME_PATH). */
const proof = (entry, env) => (entry.env && env[entry.env]) || entry.file;

/** The entries whose proving file is absent. */
export function findMissing(list, {exists = existsSync, env = process.env} = {}) {
  return list.filter((entry) => !exists(proof(entry, env)));
}

/** Root, on a system that installs with apt-get? Only asked when something is missing. */
export function detectSystem({readFile = readFileSync, getuid = process.getuid} = {}) {
  let osRelease = '';
  try {
    osRelease = readFile('/etc/os-release', 'utf8');
  } catch {
    // Not Linux, or no os-release: not a system we install on.
  }
  const ids = [...osRelease.matchAll(/^(?:ID|ID_LIKE)="?([^"\n]*)"?$/gm)].flatMap((m) => m[1].split(' '));
  return {
    isRoot: getuid?.() === 0,
    debianLike: ids.includes('debian') || ids.includes('ubuntu'),
  };
}

const aptInstall = (packages) => ['apt-get', 'install', '-y', '--no-install-recommends', ...packages];

/** What to do about the missing entries: nothing, install them (commands), or tell the user (message). */
export function plan(missing, system) {
  if (missing.length === 0) return {action: 'none'};
  const packages = missing.map((entry) => entry.package);
  if (system.isRoot && system.debianLike) {
    return {action: 'install', packages, commands: [['apt-get', 'update', '-qq'], aptInstall(packages)]};
  }
  return {action: 'tell', packages, command: `sudo apt-get update && sudo ${aptInstall(packages).join(' ')}`};
}

function describe(missing, env) {
  const width = Math.max(...missing.map((entry) => entry.package.length));
  return missing.map((entry) => `  ${entry.package.padEnd(width)}  ${proof(entry, env)}: ${entry.why}`).join('\n');
}

function runQuietly(command) {
  // apt's progress goes to a buffer, shown only if it fails; errors go straight through.
  const result = spawnSync(command[0], command.slice(1), {
    env: {...process.env, DEBIAN_FRONTEND: 'noninteractive'},
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) process.stdout.write(result.stdout ?? '');
  return result.status === 0;
}

/**
 * Checks, installs if it may, and returns the exit code. Every effect is a
 * parameter, so the test can report a package missing and be root or not.
 */
export function systemCheck({
  list = JSON.parse(readFileSync(listUrl, 'utf8')),
  exists = existsSync,
  env = process.env,
  system = detectSystem,
  run = runQuietly,
  log = console.log,
  error = console.error,
  verbose = false,
} = {}) {
  const missing = findMissing(list, {exists, env});
  const facts = missing.length ? system() : {};
  const next = plan(missing, facts);
  if (next.action === 'none') {
    if (verbose) log(`system-check: ${list.map((entry) => entry.package).join(', ')} installed; nothing to install`);
    return 0;
  }
  if (next.action === 'tell') {
    error(`system-check: the tests need Debian packages that are not installed:\n${describe(missing, env)}\n`);
    error(`Install them, then run npm test again:\n  ${next.command}`);
    if (!facts.debianLike) {
      error('(That is the command on Debian or Ubuntu. Elsewhere, install the same programs so that the files above exist; CHROME_PATH may name another Chromium.)');
    }
    return 1;
  }
  log(`system-check: installing ${next.packages.length} missing Debian package(s) with apt-get, once (a few minutes):\n${describe(missing, env)}`);
  for (const command of next.commands) {
    log(`system-check: ${command.join(' ')}`);
    if (!run(command)) {
      error(`system-check: \`${command.join(' ')}\` failed; the tests need the packages above.`);
      return 1;
    }
  }
  const stillMissing = findMissing(missing, {exists, env});
  if (stillMissing.length) {
    error(`system-check: installed, but these files are still missing:\n${describe(stillMissing, env)}`);
    return 1;
  }
  log('system-check: installed; the tests can run');
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = systemCheck({verbose: process.argv.includes('--verbose')});
}
