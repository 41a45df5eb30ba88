/**
 * Runs `task` when the page is idle, and at the latest after `timeout` ms; where idle callbacks do not exist, soon
 * after the next frames.
 */
export function whenIdle(task: () => void, timeout = 2000): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => task(), { timeout });
  else setTimeout(task, 300);
}

/**
 * Runs `task` once the next frame is out (a frame the caller's work is about to produce), then when the page is
 * idle: for work that would otherwise land between that work and its frame. In a hidden tab, where frames wait, it
 * waits too.
 */
export function afterNextFrameWhenIdle(task: () => void, timeout = 2000): void {
  if (typeof requestAnimationFrame !== 'function') return whenIdle(task, timeout);
  requestAnimationFrame(() => setTimeout(() => whenIdle(task, timeout), 0));
}
