/**
 * Runs `task` once the page has nothing more urgent to do, and within `timeoutMs` at the
 * latest. At start-up that is after the first screen has been drawn, so work the first screen
 * does not need (tidying the address bar, opening the event socket, telling the audience
 * screen what is shown) does not delay it: on two cores, each such step cost a cold start a
 * few milliseconds of its busiest time. Without `requestIdleCallback` (Safari, jsdom), the
 * task runs in a task of its own.
 */
export function whenIdle(task: () => void, timeoutMs = 500): void {
  if (typeof window.requestIdleCallback === 'function') {
    window.requestIdleCallback(() => task(), { timeout: timeoutMs });
  } else {
    window.setTimeout(task, 0);
  }
}
