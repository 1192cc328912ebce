/** What the audience e2e tests share about the projected screen. */
import type { Page } from '@playwright/test';

/**
 * Everything on the audience screen that is not inside the window: the page's scroll size,
 * and each drawn element (cards of a canvas included) reaching past an edge.
 */
export function problemsOnScreen(audience: Page): Promise<string[]> {
  // In the page, reached through the root element: this project's Node types have no DOM.
  return audience.locator('html').evaluate((root) => {
    const problems: string[] = [];
    const page = root.ownerDocument;
    const { innerWidth, innerHeight } = page.defaultView ?? { innerWidth: 0, innerHeight: 0 };
    if (root.scrollHeight > innerHeight)
      problems.push(`page scrolls down: ${root.scrollHeight} > ${innerHeight}`);
    if (root.scrollWidth > innerWidth)
      problems.push(`page scrolls across: ${root.scrollWidth} > ${innerWidth}`);
    const elements = [...page.querySelectorAll('.audience *')].filter(
      (element) =>
        !element.closest('.visually-hidden') &&
        (!element.closest('.react-flow') || element.matches('.react-flow__node:not([data-id^="backdrop-"])')),
    );
    for (const element of elements) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      if (box.left < -1 || box.top < -1 || box.right > innerWidth + 1 || box.bottom > innerHeight + 1) {
        const name = `${element.tagName.toLowerCase()}.${String(element.className)}`.slice(0, 80);
        problems.push(`${name} "${(element.textContent ?? '').slice(0, 40)}" is outside the window`);
      }
    }
    return problems.slice(0, 10);
  });
}
