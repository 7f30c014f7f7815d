// Test-runner commands that run real host software on the server side:
//   executeServerCommand('wp-kses', {html}) -> {html, wordpress}: what WordPress stores when an
//     Author saves `html` as post content (test/hosts/wp-kses.php, Debian's wordpress + php-cli);
//   executeServerCommand('embed', {pointer, form, src, lang, headingLevel}) -> the snippet that
//     `thamm-widgets embed content/thamm-seed.json#<pointer>` prints (needs `npm run build`);
//   executeServerCommand('grant-clipboard') -> true: the page may read the clipboard (Chromium only).
import {execFile} from 'node:child_process';

/** Runs a program, writes `input` to its stdin; resolves with stdout and stderr, rejects with stderr. */
function run(file, args, input = '') {
  return new Promise((resolve, reject) => {
    const child = execFile(file, args, {maxBuffer: 4 << 20, timeout: 20_000}, (error, stdout, stderr) => {
      if (error) reject(new Error(`${file} ${args.join(' ')} failed: ${stderr || error.message}`));
      else resolve({stdout, stderr});
    });
    child.stdin.end(input);
  });
}

async function wpKses({html}) {
  const {stdout, stderr} = await run('php', ['test/hosts/wp-kses.php'], html);
  return {html: stdout, wordpress: /^WordPress (\S+)/m.exec(stderr)?.[1]};
}

async function embed({pointer, form, src, lang, headingLevel, attributes = {}}) {
  const args = ['bin/thamm-widgets.js', 'embed', `content/thamm-seed.json#${pointer}`, '--form', form];
  if (src) args.push('--src', src);
  if (lang) args.push('--lang', lang);
  if (headingLevel) args.push('--heading-level', String(headingLevel));
  // Any other option of the command, by its name: {variant: 'featured', monochrome: true}.
  for (const [name, value] of Object.entries(attributes)) args.push(`--${name}`, ...(value === true ? [] : [String(value)]));
  return (await run(process.execPath, args)).stdout;
}

/** Lets the page read the clipboard back (Chromium only: Firefox and WebKit have no such grant). */
async function grantClipboard(_payload, session) {
  const page = session.browser.getPage(session.id);
  await page.browserContext().overridePermissions(new URL(page.url()).origin, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
  return true;
}

const commands = {'wp-kses': wpKses, embed, 'grant-clipboard': grantClipboard};

/** @type {import('@web/test-runner').TestRunnerPlugin} */
export const hostCommands = {
  name: 'host-commands',
  executeCommand({command, payload, session}) {
    return Object.hasOwn(commands, command) ? commands[command](payload, session) : undefined;
  },
};
