import {aboveFloor} from './browser-floor.js';
import {VERSION} from './version.js';

type VersionedElement = CustomElementConstructor & {version?: string};

/**
 * Registers `tag` unless it is taken. Two copies of the bundle on one page
 * then throw nothing: the first registration keeps the tag, and a copy of
 * another version says so once. Below the browser floor nothing is registered.
 */
export function defineElement(tag: string, element: VersionedElement) {
  if (!aboveFloor()) return;
  const existing = customElements.get(tag) as VersionedElement | undefined;
  if (!existing) {
    customElements.define(tag, element);
  } else if (existing !== element && existing.version !== (element.version ?? VERSION)) {
    console.warn(
      `<${tag}> is already defined by thamm-widgets ${existing.version ?? '(unknown version)'}; ` +
        `this copy (${element.version ?? VERSION}) is not used.`,
    );
  }
}
