import type {Plugin} from 'vite';

/**
 * Two changes to Storybook's Vite build that make a Docs page show sooner
 * (issue 14: under 2 s cold; measured by `node bench/docs-pages.js`).
 *
 * 1. No `strictExecutionOrder`. @storybook/builder-vite turns it on for Vite 8
 *    (rolldown) in a `config` hook that runs after viteFinal, so this plugin
 *    turns it off in a later one. With it, rolldown wraps every module in a
 *    lazy init function, and V8 then compiles Storybook's preview runtime (a
 *    0.8 MB module) on the main thread when the wrapper is called, instead of
 *    off the main thread while the file streams in. Both changes together,
 *    measured interleaved on this 2-core machine: the preview frame's
 *    main-thread work 1.56 → 1.21 s, a Docs page in the full UI 2.86 → 2.41 s.
 *    What the option guards against, a chunk reading
 *    Storybook's `__STORYBOOK_MODULE_*__` globals before the runtime set them,
 *    shows as a ReferenceError on the console, which test/storybook/ checks
 *    on every Docs page and a story page.
 * 2. The Docs renderer's chunks (React DOM and the doc blocks) are requested
 *    with the preview's own scripts when the frame opens a Docs page, instead
 *    of after index.json and the page's module (a chain of three round trips).
 */
export function fastDocs(): Plugin[] {
  return [
    {
      name: 'thamm-no-strict-execution-order',
      enforce: 'post',
      config: () => ({build: {rolldownOptions: {output: {strictExecutionOrder: false}}}}),
    },
    {
      name: 'thamm-preload-docs-renderer',
      transformIndexHtml: {
        order: 'post',
        handler(html, {bundle}) {
          if (!bundle) return html;
          const chunks = Object.values(bundle).filter((output) => output.type === 'chunk');
          const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
          const roots = chunks.filter((chunk) =>
            chunk.moduleIds.some((id) => /@storybook[\\/]addon-docs[\\/]dist[\\/](blocks\.js|_browser-chunks[\\/]DocsRenderer-)/.test(id)),
          );
          if (roots.length < 2) throw new Error('thamm-preload-docs-renderer: the doc blocks or the Docs renderer chunk was not found');
          // Each root and what it imports statically.
          const files = new Set<string>();
          const add = (fileName: string) => {
            if (files.has(fileName)) return;
            files.add(fileName);
            byName.get(fileName)?.imports.forEach(add);
          };
          roots.forEach((chunk) => add(chunk.fileName));
          // Only in Docs view: a story alone does not need them.
          const script = `if(/[?&]viewMode=docs(&|$)/.test(location.search))for(const f of ${JSON.stringify([...files])}){const l=document.createElement('link');l.rel='modulepreload';l.crossOrigin='';l.href='./'+f;document.head.append(l)}`;
          return [{tag: 'script', children: script, injectTo: 'head-prepend'}];
        },
      },
    },
  ];
}
