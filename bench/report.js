// The benchmark's report: medians, ranges and ratios, and where each target of
// issues 19 (against the peer libraries) and 21 (cold load) stands.
// `node bench/report.js` re-renders bench/results.md and the README from
// bench/results.json without measuring again.
import {readFileSync, writeFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {layoutShiftLines} from './layout-shift.js';
import {docsLines} from './docs-pages.js';

/** Issue 19's targets, at 100 and 1 000 cards, as ratios to a baseline of the same run. */
const TARGETS = {create: 1.1, update: 1.0, memory: 2.0, elements: 21};
const TARGET_SIZES = ['100', '1000'];

const LABELS = {
  template: '(a) template clone, light DOM',
  'custom-element': '(b) hand-written element, shadow root',
  lit: '(c) minimal Lit card',
  shoelace: 'Shoelace `<sl-card>`',
  webawesome: 'Web Awesome `<wa-card>`',
  spectrum: 'Spectrum `<sp-card>`',
  thamm: '**`<thamm-news-card>`**',
};
/** The peer libraries the card must beat; the minimal Lit card is a baseline (Lit alone, none of the contract). */
const PEERS = ['shoelace', 'webawesome', 'spectrum'];
const MEASURES = {create: 'create + layout', update: 'update', bytesPerCard: 'memory'};

const ms = (s) => `${s.median.toFixed(1)} ms (${s.min.toFixed(1)}–${s.max.toFixed(1)})`;
const kb = (s) => `${(s.median / 1024).toFixed(2)} KiB`;
const times = (value) => `${value.toFixed(2)}×`;
const verdict = (met) => (met ? 'met' : '**missed**');

/** For one measure at one size: the card's ratio to `base`, and whether it is below every peer present. */
function standing(run, measure, base) {
  const card = run.thamm[measure].median;
  const peers = PEERS.filter((p) => run[p]).map((p) => ({p, ratio: card / run[p][measure].median}));
  return {ratio: card / run[base][measure].median, peers, belowPeers: peers.every(({ratio}) => ratio < 1)};
}

function targetLines(results) {
  const sizes = TARGET_SIZES.filter((n) => results.newsCard[n]?.thamm);
  const peerNames = {shoelace: 'Shoelace', webawesome: 'Web Awesome', spectrum: 'Spectrum'};
  const row = (measure, base, limit, baseName) => {
    const each = sizes.map((n) => ({n, ...standing(results.newsCard[n], measure, base)}));
    const ratios = each.map(({n, ratio}) => `${times(ratio)} of ${baseName} (${n})`).join(', ');
    const peers = each.map(({n, peers}) => `${n}: ${peers.map(({p, ratio}) => `${times(ratio)} ${peerNames[p]}`).join(', ')}`).join('; ');
    return [
      `| ${MEASURES[measure]} below every peer library | card ÷ peer, ${peers} | ${verdict(each.every((s) => s.belowPeers))} |`,
      `| ${MEASURES[measure]} ≤ ${times(limit)} of ${baseName} | ${ratios} | ${verdict(each.every((s) => s.ratio <= limit))} |`,
    ];
  };
  const elements = Math.max(...Object.values(results.newsCard).map((v) => v.thamm.elementsPerCard));
  const lines = [
    `| target (issue 19; at ${sizes.join(' and ')} cards) | this run | |`,
    '|---|---|---|',
    ...row('create', 'custom-element', TARGETS.create, '(b)'),
    ...row('update', 'template', TARGETS.update, '(a)'),
    ...row('bytesPerCard', 'template', TARGETS.memory, '(a)'),
    `| elements per card ≤ ${TARGETS.elements} | ${elements} | ${verdict(elements <= TARGETS.elements)} |`,
  ];
  return lines;
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

const COLD_LABELS = {
  template: 'hand-written template, light DOM',
  lit: 'minimal Lit card',
  shoelace: 'Shoelace `<sl-card>` (+ its light theme)',
  bundle: '`dist/thamm-widgets.js`, the one-file bundle',
  autoloader: '`dist/autoloader.js`, the autoloader',
  module: '`thamm-widgets/news-card.js`, the per-element module (bundled with Lit by the site)',
};

/** Issue 21: one card from a cold load, each page in a new browser context. */
export function coldLines(cold) {
  if (!cold) return [];
  const lines = [
    '| page | what it downloads (gzip) | inline JSON: laid out | ratio | FCP | `src` document: laid out | ratio | FCP |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const variant of Object.keys(cold.inline)) {
    const cells = ['inline', 'src'].map((source) => {
      const v = cold[source][variant];
      return `${ms(v.laidOut)} | ${times(v.laidOut.median / cold[source].template.laidOut.median)} | ${v.fcp.median.toFixed(0)} ms`;
    });
    const {gzipBytes, files} = cold.inline[variant];
    lines.push(`| ${COLD_LABELS[variant]} | ${(gzipBytes / 1000).toFixed(2)} kB in ${files} file${files > 1 ? 's' : ''} | ${cells.join(' | ')} |`);
  }
  const at = (source, variant) => cold[source][variant].laidOut.median;
  const targets = ['inline', 'src'].flatMap((source) => [
    `| ${source === 'inline' ? 'inline JSON' : '`src` document'}: the bundle's card laid out no later than Shoelace's | ${at(source, 'bundle').toFixed(0)} ms against ${at(source, 'shoelace').toFixed(0)} ms (${times(at(source, 'bundle') / at(source, 'shoelace'))}) | ${verdict(at(source, 'bundle') <= at(source, 'shoelace'))} |`,
    `| ${source === 'inline' ? 'inline JSON' : '`src` document'}: the autoloader faster still | ${at(source, 'autoloader').toFixed(0)} ms against the bundle's ${at(source, 'bundle').toFixed(0)} ms | ${verdict(at(source, 'autoloader') < at(source, 'bundle'))} |`,
  ]);
  return [...lines, '', '| target (issue 21) | this run | |', '|---|---|---|', ...targets];
}

export function renderReport(results) {
  const lines = [
    `Chromium ${results.chromium}, ${results.date.slice(0, 10)}; medians with min–max; ratios to (a). ${results.quick ? '(quick run)' : ''}${results.rounds ? `${results.rounds} rounds per measure.` : ''}`,
    '',
    '| cards | variant | create + layout | ratio | ÷ (b) | update | ratio | memory / card | ratio | elements / card |',
    '|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const [n, variants] of Object.entries(results.newsCard)) {
    const base = variants.template;
    const shadow = variants['custom-element'];
    for (const [name, v] of Object.entries(variants)) {
      lines.push(`| ${n} | ${LABELS[name]} | ${ms(v.create)} | ${times(v.create.median / base.create.median)} | ${times(v.create.median / shadow.create.median)} | ${ms(v.update)} | ${times(v.update.median / base.update.median)} | ${kb(v.bytesPerCard)} | ${times(v.bytesPerCard.median / base.bytesPerCard.median)} | ${v.elementsPerCard} |`);
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
  lines.push('', ...targetLines(results), '');
  if (results.coldLoad) {
    lines.push('Cold load of one card, navigation start to the card laid out (its content in the DOM and a layout of it run), and first contentful paint; each load in a new browser context, so an empty cache:', '', ...coldLines(results.coldLoad), '');
  }
  if (results.layoutShift) lines.push(...layoutShiftLines(results.layoutShift), '');
  lines.push(...upgradeLines(results.blockquoteUpgrade));
  if (results.docsPages) lines.push('', ...docsLines(results.docsPages));
  return lines.join('\n');
}

/** The last run in the README: the whole report under Benchmarks, the cold loads again under Size. */
export function updateReadme(report, results) {
  let readme = readFileSync('README.md', 'utf8').replace(/(<!-- bench -->)[\s\S]*?(<!-- \/bench -->)/, `$1\n${report}\n$2`);
  if (results.coldLoad) readme = readme.replace(/(<!-- cold-load -->)[\s\S]*?(<!-- \/cold-load -->)/, `$1\n${coldLines(results.coldLoad).join('\n')}\n$2`);
  writeFileSync('README.md', readme);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const results = JSON.parse(readFileSync('bench/results.json', 'utf8'));
  const report = renderReport(results);
  writeFileSync('bench/results.md', `${report}\n`);
  if (!results.quick) updateReadme(report, results);
  console.log(report);
}
