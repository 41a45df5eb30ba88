import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { newDraft, type Draft, type DraftStore } from '../core/drafts/draft.js';
import { defaultDraftStore } from '../core/drafts/indexeddb-draft-store.js';

export interface DraftControllerOptions {
  /** The draft's key, or undefined while it cannot be known yet (no session, no form). */
  key: () => string | undefined;
  store?: DraftStore;
  /** How long typing must pause before the draft is written. */
  saveDelayMs?: number;
}

/**
 * Keeps one draft for its host: loads it when the key becomes known, saves every change shortly after typing stops,
 * writes at once when the page is hidden or the host leaves, and forgets it after a successful submit.
 */
export class DraftController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly options: DraftControllerOptions;
  private readonly store: DraftStore;
  private loadedKey: string | undefined;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private dirty = false;

  /** The current draft: empty until `restore()` found one. */
  draft: Draft = newDraft();
  /** Whether the current draft came back from storage (the UI says so and offers to discard it). */
  restored = false;

  constructor(host: ReactiveControllerHost, options: DraftControllerOptions) {
    this.host = host;
    this.options = options;
    this.store = options.store ?? defaultDraftStore();
    host.addController(this);
  }

  private readonly flushOnHide = () => {
    if (document.visibilityState === 'hidden') void this.flush();
  };

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.flushOnHide);
    window.addEventListener('pagehide', this.flushOnHide);
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.flushOnHide);
    window.removeEventListener('pagehide', this.flushOnHide);
    void this.flush();
  }

  /**
   * Loads the draft for the current key, once per key; call it again when the key may have changed (another
   * category, another customer). Resolves to whether a stored draft was found.
   */
  async restore(): Promise<boolean> {
    const key = this.options.key();
    if (!key || key === this.loadedKey) return this.restored;
    if (this.loadedKey !== undefined) {
      // Another form or another customer: keep the old draft where it belongs and start from an empty one.
      await this.flush();
      this.draft = newDraft();
      this.restored = false;
    }
    this.loadedKey = key;
    const stored = await this.store.load(key);
    // Words typed while the draft was loading are newer than the stored ones: they win.
    if (stored && !this.dirty) {
      this.draft = stored;
      this.restored = Object.keys(stored.values).length + stored.attachments.length > 0;
    }
    this.host.requestUpdate();
    return this.restored;
  }

  /** Records a change; it is written after a short pause so typing stays fast. */
  update(change: Partial<Omit<Draft, 'idempotencyKey' | 'updatedAt'>>): void {
    this.draft = { ...this.draft, ...change, updatedAt: new Date().toISOString() };
    this.dirty = true;
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => void this.flush(), this.options.saveDelayMs ?? 300);
  }

  /** Writes a pending change now. */
  async flush(): Promise<void> {
    clearTimeout(this.saveTimer);
    const key = this.loadedKey ?? this.options.key();
    if (!this.dirty || !key) return;
    this.dirty = false;
    await this.store.save(key, this.draft);
  }

  /** Forgets the draft (after its case was created, or when the customer discards it) and starts a new one. */
  async discard(): Promise<void> {
    clearTimeout(this.saveTimer);
    this.dirty = false;
    const key = this.loadedKey ?? this.options.key();
    this.draft = newDraft();
    this.restored = false;
    if (key) await this.store.remove(key);
    this.host.requestUpdate();
  }
}
