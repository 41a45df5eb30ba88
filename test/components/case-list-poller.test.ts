// The case list's polling schedule, on a fake clock: back-off, reset on change and on activity, no polling while
// the page is hidden, catch-up when it shows, one poll at a time.
import { expect } from '@open-wc/testing';
import { Poller, type VisibilitySource } from '../../src/components/case-list/poller.js';

/** A fake clock: timers run when `advance` passes their time. */
class Clock {
  now = 0;
  private timers = new Map<number, { at: number; callback: () => void }>();
  private nextId = 1;

  set = (callback: () => void, ms: number): unknown => {
    const id = this.nextId++;
    this.timers.set(id, { at: this.now + ms, callback });
    return id;
  };

  clear = (id: unknown): void => {
    this.timers.delete(id as number);
  };

  get pending(): number {
    return this.timers.size;
  }

  async advance(ms: number): Promise<void> {
    const end = this.now + ms;
    for (;;) {
      const due = [...this.timers.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      this.timers.delete(due[0]);
      this.now = due[1].at;
      due[1].callback();
      await flush();
    }
    this.now = end;
    await flush();
  }
}

const flush = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

class Page implements VisibilitySource {
  visibilityState: DocumentVisibilityState = 'visible';
  private listeners = new Set<() => void>();
  addEventListener(_type: 'visibilitychange', listener: () => void) {
    this.listeners.add(listener);
  }
  removeEventListener(_type: 'visibilitychange', listener: () => void) {
    this.listeners.delete(listener);
  }
  set(state: DocumentVisibilityState) {
    this.visibilityState = state;
    for (const listener of this.listeners) listener();
  }
  get listening() {
    return this.listeners.size;
  }
}

function setup(answers: (boolean | Error)[] = []) {
  const clock = new Clock();
  const page = new Page();
  const polls: number[] = [];
  const poller = new Poller({
    interval: 15_000,
    maxInterval: 120_000,
    visibility: page,
    setTimer: clock.set,
    clearTimer: clock.clear,
    now: () => clock.now,
    poll: async () => {
      polls.push(clock.now);
      const answer = answers.shift() ?? false;
      if (answer instanceof Error) throw answer;
      return answer;
    }
  });
  return { clock, page, polls, poller };
}

describe('case list polling (Poller)', () => {
  it('waits 15 s, then doubles the wait while nothing changes, up to 2 min', async () => {
    const { clock, polls, poller } = setup();
    poller.start();
    await clock.advance(14_999);
    expect(polls).to.deep.equal([]);
    await clock.advance(1);
    await clock.advance(600_000);
    expect(polls).to.deep.equal([15_000, 45_000, 105_000, 225_000, 345_000, 465_000, 585_000]);
    expect(poller.currentInterval).to.equal(120_000);
  });

  it('goes back to 15 s after a poll that found a change, and after a failed poll backs off', async () => {
    const { clock, polls, poller } = setup([false, false, true, new Error('offline'), false]);
    poller.start();
    await clock.advance(200_000);
    // 15 → (nothing) 30 → (nothing) 60 → (change) 15 → (failed) 30 → ...
    expect(polls).to.deep.equal([15_000, 45_000, 105_000, 120_000, 150_000]);
  });

  it('returns to the base rate on user activity, without postponing a poll due sooner', async () => {
    const { clock, polls, poller } = setup();
    poller.start();
    await clock.advance(105_000); // polls at 15, 45, 105 s; the next is due at 225 s
    expect(poller.currentInterval).to.equal(120_000);
    await clock.advance(10_000);
    poller.activity(); // at 115 s: the next poll comes 15 s later
    expect(poller.currentInterval).to.equal(15_000);
    await clock.advance(15_000);
    expect(polls).to.deep.equal([15_000, 45_000, 105_000, 130_000]);
    // Nothing changed at 130 s: the next is due at 160 s. Activity at 158 s keeps it there (not 173 s).
    await clock.advance(28_000);
    poller.activity();
    await clock.advance(2_000);
    expect(polls).to.deep.equal([15_000, 45_000, 105_000, 130_000, 160_000]);
  });

  it('does not poll while the page is hidden, and catches up at once when it shows', async () => {
    const { clock, page, polls, poller } = setup();
    poller.start();
    await clock.advance(45_000); // polls at 15 s and 45 s; next due at 105 s
    page.set('hidden');
    expect(clock.pending).to.equal(0);
    await clock.advance(600_000);
    expect(polls).to.deep.equal([15_000, 45_000]);
    page.set('visible');
    await flush();
    expect(polls).to.deep.equal([15_000, 45_000, 645_000]);
    // Then the back-off starts over from 15 s.
    await clock.advance(30_000);
    expect(polls).to.deep.equal([15_000, 45_000, 645_000, 675_000]);
  });

  it('does not start a timer while hidden', async () => {
    const { clock, page, polls, poller } = setup();
    page.visibilityState = 'hidden';
    poller.start();
    expect(clock.pending).to.equal(0);
    await clock.advance(100_000);
    expect(polls).to.deep.equal([]);
  });

  it('runs one poll at a time', async () => {
    const clock = new Clock();
    const page = new Page();
    let running = 0;
    let most = 0;
    let release: () => void = () => undefined;
    const poller = new Poller({
      interval: 1000,
      maxInterval: 1000,
      visibility: page,
      setTimer: clock.set,
      clearTimer: clock.clear,
      now: () => clock.now,
      poll: () =>
        new Promise<boolean>(resolve => {
          running += 1;
          most = Math.max(most, running);
          release = () => {
            running -= 1;
            resolve(false);
          };
        })
    });
    poller.start();
    await clock.advance(1000);
    expect(running).to.equal(1);
    page.set('hidden');
    page.set('visible'); // would catch up, but a poll is on its way
    await clock.advance(5000);
    expect(most).to.equal(1);
    release();
    await flush();
    expect(clock.pending).to.equal(1);
  });

  it('stops: no timer, no listener', async () => {
    const { clock, page, polls, poller } = setup();
    poller.start();
    expect(page.listening).to.equal(1);
    poller.stop();
    expect(page.listening).to.equal(0);
    expect(clock.pending).to.equal(0);
    await clock.advance(100_000);
    expect(polls).to.deep.equal([]);
  });
});
