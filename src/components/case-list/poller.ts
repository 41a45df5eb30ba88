/** What the poller needs of the page: whether it is hidden, and word when that changes. */
export interface VisibilitySource {
  readonly visibilityState: DocumentVisibilityState;
  addEventListener(type: 'visibilitychange', listener: () => void): void;
  removeEventListener(type: 'visibilitychange', listener: () => void): void;
}

export interface PollerOptions {
  /** Does one poll; resolves to true when something changed. A rejection counts as "nothing changed". */
  poll: () => Promise<boolean>;
  /** The first wait, and the wait again after a change or user activity (ms). */
  interval: number;
  /** The longest wait the back-off reaches (ms). */
  maxInterval: number;
  /** Injectable for tests; default `document`. */
  visibility?: VisibilitySource;
  /** Injectable for tests; default `setTimeout` / `clearTimeout`. */
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
  /** Injectable for tests; default `performance.now`. */
  now?: () => number;
}

/**
 * Polling with back-off for backends that cannot push changes: waits `interval`, then doubles the wait after every
 * poll that found nothing new, up to `maxInterval`. A change, or the customer doing something (`activity()`), brings
 * the wait back to `interval`. Nothing runs while the page is hidden; when it shows again the poller catches up at
 * once and starts over from `interval`. One poll at a time.
 */
export class Poller {
  private readonly options: Required<PollerOptions>;
  private timer: unknown;
  /** When the pending timer fires (the `now()` clock). */
  private dueAt = 0;
  private running = false;
  private inFlight = false;
  private wait: number;

  constructor(options: PollerOptions) {
    this.options = {
      visibility: document,
      setTimer: (callback, ms) => setTimeout(callback, ms),
      clearTimer: timer => clearTimeout(timer as ReturnType<typeof setTimeout>),
      now: () => performance.now(),
      ...options
    };
    this.wait = this.base;
  }

  /** The wait before the next poll (ms). */
  get currentInterval(): number {
    return this.wait;
  }

  get active(): boolean {
    return this.running;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.wait = this.base;
    this.options.visibility.addEventListener('visibilitychange', this.onVisibilityChange);
    this.schedule();
  }

  stop(): void {
    if (!this.running) return;
    this.running = false;
    this.cancel();
    this.options.visibility.removeEventListener('visibilitychange', this.onVisibilityChange);
  }

  /** The customer did something: poll at the base rate again (without postponing a poll already due sooner). */
  activity(): void {
    if (!this.running || this.wait === this.base) return;
    this.wait = this.base;
    if (this.timer === undefined || this.dueAt > this.options.now() + this.base) this.schedule();
  }

  private get base(): number {
    return Math.max(1, this.options.interval);
  }

  private get hidden(): boolean {
    return this.options.visibility.visibilityState === 'hidden';
  }

  private cancel(): void {
    if (this.timer === undefined) return;
    this.options.clearTimer(this.timer);
    this.timer = undefined;
  }

  private schedule(): void {
    this.cancel();
    if (!this.running || this.hidden || this.inFlight) return;
    this.dueAt = this.options.now() + this.wait;
    this.timer = this.options.setTimer(() => {
      this.timer = undefined;
      void this.run();
    }, this.wait);
  }

  private async run(): Promise<void> {
    if (!this.running || this.hidden || this.inFlight) return;
    this.inFlight = true;
    let changed = false;
    try {
      changed = await this.options.poll();
    } catch {
      changed = false;
    }
    this.inFlight = false;
    const max = Math.max(this.base, this.options.maxInterval);
    this.wait = changed ? this.base : Math.min(this.wait * 2, max);
    this.schedule();
  }

  private readonly onVisibilityChange = (): void => {
    if (!this.running) return;
    if (this.hidden) {
      this.cancel();
      return;
    }
    // Back in view: what was missed is shown at once, then the back-off starts over.
    this.wait = this.base;
    this.cancel();
    void this.run();
  };
}
