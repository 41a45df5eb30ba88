import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { HelpDeskAdapter } from '../core/adapter.js';
import { fileKindOf } from '../core/attachments/file-types.js';
import { toHelpDeskError } from '../core/errors.js';
import type { FileReference } from '../core/model/case.js';
import type { FileKind } from '../core/model/form.js';

type Host = ReactiveControllerHost & HTMLElement;

/** Where one file stands: picked and held, on its way, on the backend, or stopped by an error. */
export type UploadStatus = 'held' | 'uploading' | 'uploaded' | 'failed';

/** One file of the list, as an element shows it. Entries are replaced, never changed in place. */
export interface UploadEntry {
  readonly id: string;
  readonly name: string;
  readonly size: number;
  readonly mimeType: string;
  readonly kind: FileKind;
  /** The picked file; absent for a reference restored from a draft (it is already on the backend). */
  readonly file?: File;
  readonly status: UploadStatus;
  /** Bytes sent so far, and of how many. */
  readonly sent: number;
  readonly total: number;
  /** What the backend returned, once uploaded. */
  readonly reference?: FileReference;
  /** Why the last upload failed (a `HelpDeskError`). */
  readonly error?: unknown;
}

export interface UploadControllerOptions {
  /** The adapter to upload through; may throw (no adapter configured), which fails the upload with that error. */
  adapter: () => HelpDeskAdapter;
  /** Whether held files start uploading when the host is connected again (see `hostDisconnected`). */
  autoUpload?: () => boolean;
  /** Called when an upload ends by itself (not when it is cancelled), after the entry has changed. */
  onSettled?: (entry: UploadEntry) => void;
}

let nextId = 0;

/**
 * Uploads files through the adapter's `uploadAttachment`, each with its own progress and `AbortController`, and keeps
 * the resulting `FileReference`s: add, upload, cancel, retry, remove. The host re-renders on every change.
 *
 * Uploads in flight when the host leaves the document are aborted and go back to `held` (unless the host is back
 * within the same task, as when it is moved), and start again when the host is connected and `autoUpload` says so.
 */
export class UploadController implements ReactiveController {
  private readonly host: Host;
  private readonly options: UploadControllerOptions;
  private entries: UploadEntry[] = [];
  private readonly aborts = new Map<string, AbortController>();
  private readonly inFlight = new Map<string, Promise<void>>();

  constructor(host: Host, options: UploadControllerOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostConnected(): void {
    if (this.options.autoUpload?.()) {
      for (const entry of this.entries) if (entry.status === 'held') void this.upload(entry.id);
    }
  }

  hostDisconnected(): void {
    setTimeout(() => {
      if (this.host.isConnected) return;
      for (const [id, controller] of this.aborts) {
        controller.abort();
        this.patch(id, { status: 'held', sent: 0 });
      }
      this.aborts.clear();
      this.inFlight.clear();
    });
  }

  /** Every file, in the order it was added. */
  get items(): readonly UploadEntry[] {
    return this.entries;
  }

  /** The references of the uploaded files, in list order. */
  get references(): FileReference[] {
    return this.entries.flatMap(entry => (entry.status === 'uploaded' && entry.reference ? [entry.reference] : []));
  }

  /** Whether any upload is in flight. */
  get pending(): boolean {
    return this.entries.some(entry => entry.status === 'uploading');
  }

  get(id: string): UploadEntry | undefined {
    return this.entries.find(entry => entry.id === id);
  }

  /** Adds files as `held` (call `upload` to send them) and returns their entries. */
  add(files: readonly File[]): UploadEntry[] {
    const added = files.map((file): UploadEntry => ({
      id: `upload-${++nextId}`,
      name: file.name,
      size: file.size,
      mimeType: file.type,
      kind: fileKindOf(file.name, file.type),
      file,
      status: 'held',
      sent: 0,
      total: file.size
    }));
    this.entries = [...this.entries, ...added];
    this.host.requestUpdate();
    return added;
  }

  /**
   * Shows files already on the backend (a restored draft) as the uploaded files of the list. Uploaded entries whose
   * reference is not given are dropped; files not uploaded yet (held, in flight, failed) stay. Giving the references
   * the list already has changes nothing, so a host can bind `value` back from `hd-attachments-change` safely.
   */
  restore(references: readonly FileReference[]): void {
    const current = this.references;
    if (current.length === references.length && current.every((reference, i) => reference.id === references[i]!.id)) {
      return;
    }
    const uploaded = new Map(
      this.entries.flatMap(entry =>
        entry.status === 'uploaded' && entry.reference ? [[entry.reference.id, entry]] : []
      )
    );
    const restored = references.map(
      (reference): UploadEntry =>
        uploaded.get(reference.id) ?? {
          id: `upload-${++nextId}`,
          name: reference.name,
          size: reference.size,
          mimeType: reference.mimeType,
          kind: fileKindOf(reference.name, reference.mimeType),
          status: 'uploaded',
          sent: reference.size,
          total: reference.size,
          reference
        }
    );
    this.entries = [...restored, ...this.entries.filter(entry => entry.status !== 'uploaded')];
    this.host.requestUpdate();
  }

  /**
   * Uploads a held or failed entry (a retry is the same call). Resolves when the upload ends, whatever its outcome:
   * read the entry's `status` and `error`. An upload already in flight is not started twice.
   */
  upload(id: string): Promise<void> {
    const running = this.inFlight.get(id);
    if (running) return running;
    const entry = this.get(id);
    if (!entry?.file || entry.status === 'uploaded') return Promise.resolve();
    const file = entry.file;
    const controller = new AbortController();
    this.aborts.set(id, controller);
    this.patch(id, { status: 'uploading', sent: 0, total: file.size, error: undefined });

    const finished = (changes: Partial<UploadEntry>) => {
      if (controller.signal.aborted) return;
      this.aborts.delete(id);
      this.inFlight.delete(id);
      this.patch(id, changes);
      const settled = this.get(id);
      if (settled) this.options.onSettled?.(settled);
    };

    const done = (async () => {
      try {
        const adapter = this.options.adapter();
        const reference = await adapter.uploadAttachment(file, {
          signal: controller.signal,
          onProgress: (sent, total) => {
            if (controller.signal.aborted) return;
            const of = total > 0 ? total : file.size;
            this.patch(id, { sent: Math.min(sent, of), total: of });
          }
        });
        const total = this.get(id)?.total ?? file.size;
        finished({ status: 'uploaded', reference, sent: total, total });
      } catch (error) {
        finished({ status: 'failed', error: toHelpDeskError(error) });
      }
    })();
    this.inFlight.set(id, done);
    return done;
  }

  /** Uploads every held or failed file; resolves once all have settled. */
  async uploadAll(): Promise<void> {
    await Promise.all(this.entries.filter(entry => entry.status !== 'uploaded').map(entry => this.upload(entry.id)));
  }

  /** Stops an upload in flight (or forgets a held file) and takes it out of the list. Returns the removed entry. */
  cancel(id: string): UploadEntry | undefined {
    return this.remove(id);
  }

  /** Takes a file out of the list, aborting its upload if one is in flight. Returns the removed entry. */
  remove(id: string): UploadEntry | undefined {
    const entry = this.get(id);
    if (!entry) return undefined;
    this.aborts.get(id)?.abort();
    this.aborts.delete(id);
    this.inFlight.delete(id);
    this.entries = this.entries.filter(other => other.id !== id);
    this.host.requestUpdate();
    return entry;
  }

  /** Empties the list, aborting every upload in flight. */
  clear(): void {
    this.abortAll();
    this.entries = [];
    this.host.requestUpdate();
  }

  private abortAll(): void {
    for (const controller of this.aborts.values()) controller.abort();
    this.aborts.clear();
    this.inFlight.clear();
  }

  private patch(id: string, changes: Partial<UploadEntry>): void {
    let changed = false;
    this.entries = this.entries.map(entry => {
      if (entry.id !== id) return entry;
      changed = true;
      return { ...entry, ...changes };
    });
    if (changed) this.host.requestUpdate();
  }
}
