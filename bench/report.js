// The benchmark's report: medians, ranges and ratios to the light-DOM template
// baseline (a), and where each target of the benchmark issue stands.
// `node bench/report.js` re-renders bench/results.md and the README from
// bench/results.json without measuring again.
import {readFileSync, writeFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';

/** The targets, as ratios to (a) from the same run (and absolute where they are). */
const TARGETS = {create: 1.15, update: 1.0, memory: 2.0, elements: 21, cls: 0.05};

const ms = (s) => `${s.median.toFixed(1)} ms (${s.min.toFixed(1)}–${s.max.toFixed(1)})`;
const kb = (s) => `${(s.median / 1024).toFixed(2)} KiB`;
const times = (value) => `${value.toFixed(2)}×`;
const verdict = (met) => (met ? 'met' : '**missed**');

/** A variant's ratios to another for one kind of measure, per number of cards: the card's to (a) by default. */
function ratios(results, measure, sizes = Object.keys(results.newsCard), [variant, base] = ['thamm', 'template']) {
  return sizes.map((n) => {
    const run = results.newsCard[n];
    return {n, value: run[variant][measure].median / run[base][measure].median};
  });
}

function targetLines(results) {
  const large = Object.keys(results.newsCard).filter((n) => Number(n) >= 1000);
  const create = ratios(results, 'create', large);
  const update = ratios(results, 'update');
  const memory = ratios(results, 'bytesPerCard');
  const elements = Math.max(...Object.values(results.newsCard).map((v) => v.thamm.elementsPerCard));
  const cls = results.slowSrc.cls.median;
  const list = (rows) => rows.map(({n, value}) => `${times(value)} (${n})`).join(', ');
  return [
    '| target | this run | |',
    '|---|---|---|',
    `| create + layout of 1 000 and 10 000 cards ≤ ${times(TARGETS.create)} | ${list(create)} | ${verdict(create.every((r) => r.value <= TARGETS.create))} |`,
    `| update ≤ ${times(TARGETS.update)} | ${list(update)} | ${verdict(update.every((r) => r.value <= TARGETS.update))} |`,
    `| memory ≤ ${times(TARGETS.memory)} | ${list(memory)} | ${verdict(memory.every((r) => r.value <= TARGETS.memory))} |`,
    `| elements per card ≤ ${TARGETS.elements} | ${elements} | ${verdict(elements <= TARGETS.elements)} |`,
    `| layout shift of a slow-src page < ${TARGETS.cls} | ${cls.toFixed(4)} | ${verdict(cls < TARGETS.cls)} |`,
    '',
    // Context, not a target: what a shadow root costs by itself in this run.
    `Create + layout against (b), the hand-written element with a shadow root: the card ${list(ratios(results, 'create', large, ['thamm', 'custom-element']))}; ` +
      `(b) itself ${list(ratios(results, 'create', large, ['custom-element', 'template']))} of (a).`,
  ];
}

/** The blockquote upgrade on a long article with no embeds (bench/article.html); runs before it have none. */
function upgradeLines(upgrade) {
  if (!upgrade) return [];
  const µs = (s) => `${(s.median * 1000).toFixed(0)} µs (${(s.min * 1000).toFixed(0)}–${(s.max * 1000).toFixed(0)})`;
  return [
    `Blockquote upgrade on an article of 500 paragraphs and 100 ordinary blockquotes: the module's run with its initial scan ${ms(upgrade.firstScan)} on first load, ` +
      `${ms(upgrade.scan)} once compiled; a batch of 12 nodes appended later (infinite scroll) ${µs(upgrade.batchWith)} with it, ${µs(upgrade.batchWithout)} without.`,
  ];
}

export function renderReport(results) {
  const lines = [
    `Chromium ${results.chromium}, ${results.date.slice(0, 10)}; medians with min–max; ratios to (a). ${results.quick ? '(quick run)' : ''}`,
    '',
    '| cards | variant | create + layout | ratio | update | ratio | memory / card | ratio | elements / card |',
    '|---|---|---|---|---|---|---|---|---|',
  ];
  for (const [n, variants] of Object.entries(results.newsCard)) {
    const base = variants.template;
    for (const [name, v] of Object.entries(variants)) {
      const label = {template: '(a) template clone, light DOM', 'custom-element': '(b) vanilla custom element', thamm: '<thamm-news-card>'}[name];
      lines.push(`| ${n} | ${label} | ${ms(v.create)} | ${times(v.create.median / base.create.median)} | ${ms(v.update)} | ${times(v.update.median / base.update.median)} | ${kb(v.bytesPerCard)} | ${times(v.bytesPerCard.median / base.bytesPerCard.median)} | ${v.elementsPerCard} |`);
    }
  }
  lines.push('', '| element × 1000 | create + layout | update | memory / element | elements / element |', '|---|---|---|---|---|');
  for (const [tag, v] of Object.entries(results.otherElements)) {
    lines.push(`| <${tag}> | ${ms(v.create)} | ${ms(v.update)} | ${kb(v.bytesPerCard)} | ${v.elementsPerCard} |`);
  }
  if (results.newsList) {
    const {lists, items, create, update, bytesPerList} = results.newsList;
    lines.push(`| <thamm-news-list> × ${lists}, ${items} items each (per list: ${items} cards) | ${ms(create)} | ${ms(update)} | ${kb(bytesPerList)} | — |`);
  }
  lines.push(
    '',
    `Cold load of one card from a src document (navigation to rendered): ${ms(results.coldLoad)}.`,
    `Twelve cards from a src that answers in 800 ms: cumulative layout shift ${results.slowSrc.cls.median.toFixed(4)} (${results.slowSrc.cls.min.toFixed(4)}–${results.slowSrc.cls.max.toFixed(4)}), all ready after ${ms(results.slowSrc.ready)}.`,
    ...upgradeLines(results.blockquoteUpgrade),
    '',
    ...targetLines(results),
  );
  return lines.join('\n');
}

export function updateReadme(report) {
  const readme = readFileSync('README.md', 'utf8').replace(/(<!-- bench -->)[\s\S]*?(<!-- \/bench -->)/, `$1\n${report}\n$2`);
  writeFileSync('README.md', readme);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const results = JSON.parse(readFileSync('bench/results.json', 'utf8'));
  const report = renderReport(results);
  writeFileSync('bench/results.md', `${report}\n`);
  if (!results.quick) updateReadme(report);
  console.log(report);
}
