/**
 * The queue stub vendors paste before the script tag, so calls made before the bundle has loaded are kept:
 *
 * ```html
 * <script>
 *   window.HelpDesk=window.HelpDesk||function(){(HelpDesk.q=HelpDesk.q||[]).push(arguments)};
 * </script>
 * ```
 *
 * Under a strict Content-Security-Policy put the same line in a file of your own (`<script src="/hd-stub.js">`).
 */
export const STUB_SNIPPET = 'window.HelpDesk=window.HelpDesk||function(){(HelpDesk.q=HelpDesk.q||[]).push(arguments)};';

/** The stub as the page left it: a function with the calls made so far. */
export interface QueueStub {
  (...args: unknown[]): void;
  q?: ArrayLike<unknown>[];
}

/** The calls the stub kept, in order, as arrays (`['open', 'new-case', { categoryId }]`). */
export function takeQueuedCalls(stub: unknown): unknown[][] {
  if (typeof stub !== 'function') return [];
  const queue = (stub as QueueStub).q;
  if (!queue || typeof queue.length !== 'number') return [];
  return Array.from(queue, call => Array.from(call));
}
