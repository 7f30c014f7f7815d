import type {Plugin} from 'vite';

export declare const BUILDER_CSP: string;
export declare function builderPage(): Plugin;
export declare function bundleSri(file?: string): string | null;
