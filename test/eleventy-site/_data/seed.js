// The seed bundle as global data: templates pass its parts to the shortcodes.
import {readFileSync} from 'node:fs';

export default JSON.parse(readFileSync('content/thamm-seed.json', 'utf8'));
