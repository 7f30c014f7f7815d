// npm run build: dist/thamm-widgets-wordpress.zip, the WordPress plugin
// (integrations/wordpress/thamm-widgets/) with the one-file bundle inside, as
// Plugins → Add New → Upload Plugin takes it. A small zip writer (deflate, CRC-32)
// rather than the `zip` program, which a machine may lack.
import {readFileSync, readdirSync, statSync, writeFileSync} from 'node:fs';
import {join, relative} from 'node:path';
import {deflateRawSync} from 'node:zlib';

const PLUGIN = 'integrations/wordpress/thamm-widgets';
const OUTPUT = 'dist/thamm-widgets-wordpress.zip';

const CRC_TABLE = Array.from({length: 256}, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes) => {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
};

/** A zip archive (PKWARE APPNOTE: local headers, central directory, end record) of [name, bytes] pairs. */
export function zip(entries, date = new Date(2020, 9, 15)) {
  const dosTime = (date.getHours() << 11) | (date.getMinutes() << 5) | (date.getSeconds() >> 1);
  const dosDate = ((date.getFullYear() - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate();
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const [name, bytes] of entries) {
    const nameBytes = Buffer.from(name, 'utf8');
    const data = deflateRawSync(bytes, {level: 9});
    const common = Buffer.alloc(26);
    common.writeUInt16LE(20, 0); // version needed: 2.0
    common.writeUInt16LE(0x0800, 2); // UTF-8 names
    common.writeUInt16LE(8, 4); // deflate
    common.writeUInt16LE(dosTime, 6);
    common.writeUInt16LE(dosDate, 8);
    common.writeUInt32LE(crc32(bytes), 10);
    common.writeUInt32LE(data.length, 14);
    common.writeUInt32LE(bytes.length, 18);
    common.writeUInt16LE(nameBytes.length, 22);
    common.writeUInt16LE(0, 24);
    const local = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), common, nameBytes, data]);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(0x0314, 4); // made by: Unix, 2.0
    common.copy(central, 6);
    central.writeUInt32LE((0o100644 << 16) >>> 0, 38); // -rw-r--r--
    central.writeUInt32LE(offset, 42);
    centrals.push(Buffer.concat([central, nameBytes]));
    locals.push(local);
    offset += local.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const filesUnder = (dir) =>
  readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });

/** The plugin's files, and the bundle in its assets/, under `thamm-widgets/`. */
export function pluginEntries() {
  const version = JSON.parse(readFileSync('package.json', 'utf8')).version;
  const main = readFileSync(join(PLUGIN, 'thamm-widgets.php'), 'utf8');
  const readme = readFileSync(join(PLUGIN, 'readme.txt'), 'utf8');
  // WordPress reads the version from both files; they follow the package.
  for (const [file, pattern] of [['thamm-widgets.php', / \* Version: +(\S+)/], ['thamm-widgets.php', /THAMM_WIDGETS_VERSION = '([^']+)'/], ['readme.txt', /Stable tag: (\S+)/]]) {
    const found = pattern.exec(file === 'readme.txt' ? readme : main)?.[1];
    if (found !== version) throw new Error(`${PLUGIN}/${file}: version ${found}, but package.json is ${version}`);
  }
  const files = filesUnder(PLUGIN).filter((path) => !path.includes(`${PLUGIN}/assets/`));
  return [
    ...files.map((path) => [`thamm-widgets/${relative(PLUGIN, path)}`, readFileSync(path)]),
    ['thamm-widgets/assets/thamm-widgets.js', readFileSync('dist/thamm-widgets.js')],
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const entries = pluginEntries();
  writeFileSync(OUTPUT, zip(entries));
  console.log(`${OUTPUT}: the WordPress plugin, ${entries.length} files, ${statSync(OUTPUT).size} B`);
}
