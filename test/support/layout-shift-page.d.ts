// Types of layout-shift-page.js, which is plain JavaScript so that the benchmark (Node) imports it too.
export const VIEWPORTS: [number, number][];
export const CONTAINER_VIEWPORTS: [number, number][];
export const CASES: ['cards' | 'list', 'fr' | 'ar'][];
export function newsShapes(seed: {news: unknown[]}): Record<'seed-shaped' | 'mixed', {items: unknown[]; limit: number}>;
export const WIDGETS: Record<'cards' | 'list', (documentUrl: string) => string>;
export const RESERVE_RULE: string;
export function partnerPage(widgets: 'cards' | 'list', documentUrl: string, lang: string, reserve?: boolean): string;

/** What the partner page exposes on its window. */
export interface MeasuredWindow extends Window {
  shift: number;
  placeholdersShown(): boolean;
  cardsReady(): boolean;
  twoFrames(): Promise<void>;
}
