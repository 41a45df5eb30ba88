/**
 * Runs `task` when the page is idle, and at the latest after `timeout` ms; where idle callbacks do not exist, soon
 * after the next frames.
 */
export function whenIdle(task: () => void, timeout = 2000): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => task(), { timeout });
  else setTimeout(task, 300);
}
