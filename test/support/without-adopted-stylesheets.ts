// Imported first by a test file: takes away constructed, adopted stylesheets
// before Lit loads, as on a browser that lacks them, so Lit falls back to
// <style> elements in each shadow root.
for (const prototype of [Document.prototype, ShadowRoot.prototype]) {
  delete (prototype as {adoptedStyleSheets?: unknown}).adoptedStyleSheets;
}
export const adoptedStyleSheetsRemoved = !('adoptedStyleSheets' in Document.prototype);
