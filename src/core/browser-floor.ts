/**
 * The browser floor (README, "Browsers"): Chrome and Edge 93, Firefox 101,
 * Safari 16.4. The bundle's ES2021 syntax parses from Chrome 85, Firefox 79 and
 * Safari 14; between those and the floor, this check keeps every tag
 * unregistered, so the fallback content stays and nothing throws. It tests
 * what sets the floor: shadow roots that adopt constructed stylesheets (the
 * partner strip's logo height, Lit's styles) and `Object.hasOwn` (validation).
 */
export const aboveFloor = () =>
  'adoptedStyleSheets' in ShadowRoot.prototype && 'replaceSync' in CSSStyleSheet.prototype && 'hasOwn' in Object;
