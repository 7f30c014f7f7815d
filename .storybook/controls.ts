/**
 * What the Controls panel and autodocs read from custom-elements.json: one
 * row per real input. An input that is both an attribute and a property
 * (`heading-level` / `headingLevel`) is listed once, as the attribute that
 * HTML authors write; `data` stays, as the property that takes the content
 * (edited as JSON). Everything else in the manifest is kept.
 */
interface Declaration {
  attributes?: {name: string; fieldName?: string}[];
  members?: {name: string; kind?: string}[];
}
interface Manifest {
  modules: {declarations?: Declaration[]}[];
}

export function oneRowPerInput<T extends Manifest>(manifest: T): T {
  return {
    ...manifest,
    modules: manifest.modules.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) => {
        const backed = new Set(declaration.attributes?.map((attribute) => attribute.fieldName).filter(Boolean));
        return {...declaration, members: declaration.members?.filter((member) => !backed.has(member.name))};
      }),
    })),
  };
}

/** Rows that document an input without a control: set by the element, or by the toolbar. */
export const argTypesWithoutControls = {
  state: {control: false, description: 'Read-only: set by the element (`loading`, `ready` or `error`) and reflected as the `state` attribute.'},
  lang: {control: false, description: 'The language: set here by the Language toolbar, on the frame around the story (see Docs › Languages and direction).'},
  dir: {control: false, description: 'The direction: `rtl` comes with Arabic from the Language toolbar.'},
} as const;

/** Rows that only document (events, CSS properties and parts): the docs list them, with no control. */
const DOCUMENTATION_ONLY = new Set(['events', 'css custom properties', 'css shadow parts']);

type ArgTypes = Record<string, {control?: unknown; table?: {category?: string}}>;

/** An argTypes enhancer: no control on documentation-only rows (Storybook offers "Set object" there). */
export const withoutDocumentationControls = ({argTypes}: {argTypes: ArgTypes}): ArgTypes =>
  Object.fromEntries(
    Object.entries(argTypes).map(([name, argType]) => [name, DOCUMENTATION_ONLY.has(argType.table?.category ?? '') ? {...argType, control: false} : argType]),
  );
