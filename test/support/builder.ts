// Shared by the embed builder's tests (builder.test.ts, builder-ui.test.ts): the builder
// mounted in a fixture on a fresh copy of the seed, and its fields found by their labels.
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import '../../src/all.js';
import {mountBuilder, type BuilderOptions, type EmbedBuilder} from '../../builder/builder.js';

export const seed = fetch('/content/thamm-seed.json').then((response) => response.json() as Promise<Record<string, unknown>>);

/** A unique address of the seed (the elements cache documents per URL), redirected to where it is published. */
let counter = 0;
const seedAddress = () => new URL(`/mock/seed.json?v=builder-${Date.now()}-${counter++}`, location.href).href;

const mounted: EmbedBuilder[] = [];
afterEach(() => mounted.splice(0).forEach((builder) => builder.disconnect()));

/** The builder in a fixture, loading `bundleUrl` (a fresh copy of the seed by default). */
export async function openBuilder(options: Partial<BuilderOptions> = {}) {
  const root = await fixture<HTMLDivElement>(html`<div></div>`);
  const builder = mountBuilder(root, {bundleUrl: seedAddress(), sri: 'sha384-test', ...options});
  mounted.push(builder);
  return {root, builder};
}

/** The form control a visible label names (the label's text starts with `text`). */
export function control<T extends HTMLElement = HTMLInputElement>(root: Element, text: string): T {
  const label = [...root.querySelectorAll('label')].find((candidate) => candidate.textContent!.trim().startsWith(text));
  if (!label) throw new Error(`no label "${text}"`);
  return root.ownerDocument.getElementById(label.htmlFor) as T;
}

export const statusText = (root: Element) => [...root.querySelectorAll('[role=status]')].map((el) => el.textContent!.trim()).join(' | ');
export const alertText = (root: Element) => root.querySelector('[role=alert]')!.textContent!.replace(/\s+/g, ' ').trim();
export const snippetOf = (root: Element) => control<HTMLTextAreaElement>(root, 'Code d’intégration').value;
export const previewOf = (root: Element) => root.querySelector('.preview-frame')!.firstElementChild as HTMLElement | null;
export const legends = (root: Element) => [...root.querySelectorAll('legend')].map((legend) => legend.textContent!.trim());

export async function loaded(root: Element) {
  await waitUntil(() => /chargé/.test(statusText(root)) || alertText(root), 'the bundle never loaded', {timeout: 8000});
  expect(alertText(root), 'no load error').to.equal('');
}

export async function previewReady(root: Element, tag?: string) {
  await waitUntil(() => previewOf(root)?.getAttribute('state') === 'ready', `the preview never became ready (${previewOf(root)?.localName} ${previewOf(root)?.getAttribute('state')})`, {timeout: 8000});
  if (tag) expect(previewOf(root)!.localName).to.equal(tag);
}

/** Changes a field as a user does: value, then the events the page listens to. */
export function setField(field: HTMLInputElement | HTMLSelectElement, value: string | boolean) {
  if (typeof value === 'boolean') (field as HTMLInputElement).checked = value;
  else field.value = value;
  field.dispatchEvent(new Event('input', {bubbles: true}));
  field.dispatchEvent(new Event('change', {bubbles: true}));
}

/** Picks an item of the list by its pointer. */
export function pick(root: Element, pointer: string) {
  const radio = root.querySelector<HTMLInputElement>(`input[type=radio][value="${pointer}"]`);
  if (!radio) throw new Error(`no item ${pointer}`);
  radio.click();
}

export const seedFile = async (name = 'thamm.json') => new File([JSON.stringify(await seed)], name, {type: 'application/json'});

