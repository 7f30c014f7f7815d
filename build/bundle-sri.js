// The SRI hash of the one-file bundle: what README.md's script tag carries
// (build/size-report.js) and what the embed builder shows (builder/).
import {createHash} from 'node:crypto';
import {readFileSync} from 'node:fs';

/** `sha384-…` of these bytes, as a browser checks `integrity`. */
export const sriOf = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** The SRI of dist/thamm-widgets.js, or null before the first build. */
export function bundleSri(file = 'dist/thamm-widgets.js') {
  try {
    return sriOf(readFileSync(file));
  } catch {
    return null;
  }
}
