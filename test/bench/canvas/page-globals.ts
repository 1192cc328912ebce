/**
 * The few browser objects the code that Playwright runs inside the page touches, typed by
 * hand: the benchmarks type-check as Node code, without the DOM library. Inside a function
 * passed to `page.evaluate`, write `const browser = globalThis as unknown as PageGlobals;`.
 */

/** An element, as far as the canvas benchmark looks at it. */
export interface PageElement {
  readonly style: { readonly transform: string; readonly visibility: string };
  getBoundingClientRect(): {
    readonly left: number;
    readonly top: number;
    readonly right: number;
    readonly bottom: number;
    readonly width: number;
    readonly height: number;
  };
  contains(other: PageElement | null): boolean;
}

/** `window`, as far as the canvas benchmark uses it. */
export interface PageGlobals {
  readonly document: {
    querySelector(selector: string): PageElement | null;
    querySelectorAll(selector: string): ArrayLike<PageElement>;
    elementFromPoint(x: number, y: number): PageElement | null;
  };
  requestAnimationFrame(callback: (time: number) => void): number;
}
