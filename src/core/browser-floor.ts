/**
 * The browser floor (README, "Browsers"): Chrome and Edge 93, Firefox 92,
 * Safari 15.4. The bundle's ES2021 syntax parses from Chrome 85, Firefox 79 and
 * Safari 14; between those and the floor, this check keeps every tag
 * unregistered, so the fallback content stays and nothing throws. What sets
 * the floor is `Object.hasOwn` (validation reads own fields only) and
 * `Array.prototype.at`, which arrived together. Constructed stylesheets do
 * not: without them Lit, and the partner strip's logo height, use `<style>`.
 */
export const aboveFloor = () => 'hasOwn' in Object; // every engine with it has `at` too
