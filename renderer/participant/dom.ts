/** The phone page's one way to build elements: plain DOM calls, never innerHTML (texts come from the network). */

/** A child of an element; null and false are left out (for conditional parts). */
export type Child = Node | string | null | false;

/** Creates an element with attributes and children; a `false` attribute is left out. */
export function h<Tag extends keyof HTMLElementTagNameMap>(
  tag: Tag,
  attributes: Readonly<Record<string, string | false>> = {},
  ...children: Child[]
): HTMLElementTagNameMap[Tag] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== false) element.setAttribute(name, value);
  }
  for (const child of children) {
    if (child !== null && child !== false) element.append(child);
  }
  return element;
}

/** The page heading; focusable so focus can move to it when the view changes on a tap. */
export const heading = (words: string): HTMLHeadingElement =>
  h('h1', { tabindex: '-1', 'data-focus-key': 'heading' }, words);
