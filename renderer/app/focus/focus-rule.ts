/**
 * The app's focus rule, in one place (see renderer/README.md, "Focus"):
 *
 * - a command that **creates** something moves focus to the new thing's first field;
 * - a command that **removes**, **closes** or **opens** something moves focus to a stated
 *   place (the first of a list of places that is on screen);
 * - a dialog or the palette gives focus back to what opened it;
 * - Escape **cancels** an inline edit.
 *
 * Places are CSS selectors (see `focus-places.ts`). The screen may not show a place yet when
 * the command finishes (React renders after the store changes, a lazy screen loads), so the
 * helper waits for it, briefly, and gives up quietly if it never comes.
 */

/** What a command asks of focus once the screen has caught up with it. */
export type FocusRequest =
  /** Focus the first field inside the element at `place`. */
  | { readonly kind: 'created'; readonly place: string }
  /** Focus the first of `places` on screen: something was removed. */
  | { readonly kind: 'removed'; readonly places: readonly string[] }
  /** Focus the first of `places` on screen: something was closed. */
  | { readonly kind: 'closed'; readonly places: readonly string[] }
  /** Focus the first of `places` on screen: something opened (a workshop, a room, a round). */
  | { readonly kind: 'opened'; readonly places: readonly string[] };

/** How long the helper waits for a place to appear before it gives up. */
export const FOCUS_WAIT_MS = 3000;

const FIELD_SELECTOR = [
  'input:not([type="hidden"]):not([disabled])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  '[contenteditable="true"]',
].join(', ');

const FOCUSABLE_SELECTOR = [
  FIELD_SELECTOR,
  'button:not([disabled])',
  'a[href]',
  'summary',
  '[tabindex]:not([tabindex="-1"])',
].join(', ');

/** True when the element takes focus by itself (a control, a link, something with a tab index). */
function isFocusable(element: Element): boolean {
  return element.matches(FOCUSABLE_SELECTOR) || element.hasAttribute('tabindex');
}

/** Hidden things cannot take focus: skip them when looking for a field. */
function isShown(element: Element): boolean {
  return element.closest('[hidden], [inert], [aria-hidden="true"]') === null;
}

/**
 * The first field inside `container`, else its first control, else the container itself. A
 * record whose main field is not its first one marks that field's wrapper `first-field`.
 */
export function firstFieldOf(container: Element): HTMLElement {
  const candidates = [
    ...container.querySelectorAll<HTMLElement>(
      ['input', 'select', 'textarea'].map((field) => `.first-field ${field}:not([disabled])`).join(', '),
    ),
    ...container.querySelectorAll<HTMLElement>(FIELD_SELECTOR),
    ...container.querySelectorAll<HTMLElement>(FOCUSABLE_SELECTOR),
  ];
  return candidates.find(isShown) ?? (container as HTMLElement);
}

/**
 * Focuses an element. A heading or a panel that does not take focus by itself gets
 * `tabindex="-1"`, so it can be focused from script but stays out of the Tab order.
 */
export function focusElement(element: HTMLElement): void {
  if (!isFocusable(element)) element.setAttribute('tabindex', '-1');
  element.focus();
}

/** The first of `places` that is on screen now. */
function findPlace(root: ParentNode, places: readonly string[]): HTMLElement | null {
  for (const place of places) {
    const element = root.querySelector<HTMLElement>(place);
    if (element !== null && isShown(element)) return element;
  }
  return null;
}

/**
 * Calls `found` with the first of `places` once it is on screen (now, or as soon as the page
 * shows it), for up to `waitMs`. Returns a function that stops waiting.
 */
function whenShown(
  document: Document,
  places: readonly string[],
  found: (element: HTMLElement) => void,
  waitMs: number,
): () => void {
  const now = findPlace(document, places);
  if (now !== null) {
    found(now);
    return () => {};
  }
  const view = document.defaultView;
  if (view === null) return () => {};
  const observer = new view.MutationObserver(() => {
    const element = findPlace(document, places);
    if (element === null) return;
    stop();
    found(element);
  });
  const timer = view.setTimeout(() => stop(), waitMs);
  function stop(): void {
    observer.disconnect();
    view?.clearTimeout(timer);
  }
  observer.observe(document.body, { subtree: true, childList: true, attributes: true });
  return stop;
}

/**
 * Carries out a focus request in `document`. Returns a function that cancels it (a newer
 * request replaces an older one that is still waiting).
 */
export function applyFocusRequest(
  request: FocusRequest,
  document: Document,
  waitMs: number = FOCUS_WAIT_MS,
): () => void {
  if (request.kind === 'created') {
    return whenShown(document, [request.place], (element) => focusElement(firstFieldOf(element)), waitMs);
  }
  return whenShown(document, request.places, focusElement, waitMs);
}

/** What had focus before a dialog opened, to give it back when the dialog closes. */
export function rememberFocus(document: Document): (fallbackPlaces?: readonly string[]) => void {
  const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  return (fallbackPlaces = []) => {
    if (opener !== null && opener.isConnected && opener !== document.body) {
      opener.focus();
      return;
    }
    const fallback = findPlace(document, fallbackPlaces);
    if (fallback !== null) focusElement(fallback);
  };
}

/** The part of a key press `cancelOnEscape` looks at (a React or a DOM keyboard event). */
interface EscapeKeyPress {
  readonly key: string;
  readonly nativeEvent?: { readonly isComposing?: boolean };
  readonly isComposing?: boolean;
  preventDefault(): void;
  stopPropagation(): void;
}

/**
 * A key handler for an inline edit: Escape calls `cancel` (which puts the old value back and
 * ends the edit) and goes no further, so it neither closes a dialog around the edit nor
 * reaches the window's shortcuts. Typing in an input method is left alone.
 */
export function cancelOnEscape(cancel: () => void): (event: EscapeKeyPress) => void {
  return (event) => {
    if (event.key !== 'Escape' || event.isComposing === true || event.nativeEvent?.isComposing === true) {
      return;
    }
    event.preventDefault();
    event.stopPropagation();
    cancel();
  };
}
