import { createLocalAdapter, type LocalAdapter } from '../../src/adapters/local/index.js';
import type { HelpDeskErrorCode } from '../../src/core/errors.js';
import type { HelpDeskAdapter } from '../../src/core/adapter.js';
import type { Preset } from '../../src/core/preset.js';
import { withFaults, type FaultPlan } from '../../src/testing/faults.js';
import { presets } from '../../src/widget/presets/index.js';

export interface StoryAdapterOptions {
  preset?: Preset;
  signedIn?: boolean;
  /** Every call that is not in `fail` answers normally; `hang` keeps a method loading forever. */
  faults?: FaultPlan;
}

const adapters = new Map<string, Promise<LocalAdapter>>();

/**
 * The local adapter a story renders with: one database per preset, reset to the preset's sample data the first time
 * a story asks for it, so every story starts from the same state.
 */
export async function storyAdapter(options: StoryAdapterOptions = {}): Promise<HelpDeskAdapter> {
  const preset = options.preset ?? presets['category-cards'];
  let ready = adapters.get(preset.id);
  if (!ready) {
    const adapter = createLocalAdapter({ preset, databaseName: `hd-stories:${preset.id}`, passwordIterations: 1000 });
    ready = adapter.ready.then(() => adapter.reset()).then(() => adapter);
    adapters.set(preset.id, ready);
  }
  const adapter = await ready;
  const [user] = preset.users;
  if (options.signedIn ?? true) {
    if (user && !(await adapter.getSession())) {
      await adapter.signIn({ kind: 'password', login: user.email, password: user.password });
    }
  } else if (await adapter.getSession()) {
    await adapter.signOut();
  }
  return options.faults ? withFaults(adapter, options.faults) : adapter;
}

/** A fault plan where every listed method fails with one code: the "backend is down" state. */
export function failing(code: HelpDeskErrorCode, ...methods: (keyof HelpDeskAdapter)[]): FaultPlan {
  return { fail: Object.fromEntries(methods.map(method => [method, code])) };
}
