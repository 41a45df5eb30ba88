import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { repeat } from 'lit/directives/repeat.js';
import { acceptAttribute } from '../../core/attachments/accept.js';
import { checkFiles, type CheckResult, type Refusal } from '../../core/attachments/check.js';
import { effectiveMimeType, extensionOf } from '../../core/attachments/file-types.js';
import { describePolicy, type AcceptedType } from '../../core/attachments/policy.js';
import { HelpDeskError, isHelpDeskError } from '../../core/errors.js';
import type { FileReference } from '../../core/model/case.js';
import type { AttachmentPolicy, FileKind } from '../../core/model/form.js';
import { UploadController, type UploadEntry } from '../../controllers/upload-controller.js';
import { baseStyles } from '../shared/base.styles.js';
import { HdElement } from '../shared/hd-element.js';
import { attachmentPickerStyles } from './attachment-picker.styles.js';

/** The policy used when none is given: any type, up to 10 files of 20 MB each (executables are still refused). */
export const DEFAULT_ATTACHMENT_POLICY: AttachmentPolicy = { maxFiles: 10, maxFileBytes: 20 * 1024 * 1024, accept: [] };

/** Image types every current browser can show in an `<img>`, so a preview is worth making. */
const PREVIEWABLE = new Set([
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'image/bmp',
  'image/avif',
  'image/svg+xml',
  'image/x-icon'
]);

/** The badge shown instead of a preview: the file's extension, as people recognise files by it ("PDF", "DOCX"). */
function badgeOf(name: string): string {
  return extensionOf(name).slice(0, 4).toUpperCase() || '?';
}

/** Browsers name every pasted screenshot `image.png`; these names are made unique. */
const GENERIC_PASTE_NAME = /^image\.(png|jpe?g|gif|webp|bmp)$/i;

/** Where focus goes once the next render is on screen. */
type PendingFocus = { kind: 'row-at'; index: number } | { kind: 'row'; id: string } | undefined;

function two(value: number): string {
  return String(value).padStart(2, '0');
}

/** `image-20240131-142501.png`: a screenshot's name tells when it was taken, as help desks name them. */
function pastedName(file: File, index: number, now: Date): string {
  const extension = (file.type.split('/')[1] ?? 'png').replace('jpeg', 'jpg').replace(/\+.*$/, '');
  const stamp = `${now.getFullYear()}${two(now.getMonth() + 1)}${two(now.getDate())}-${two(now.getHours())}${two(
    now.getMinutes()
  )}${two(now.getSeconds())}`;
  return `image-${stamp}${index > 0 ? `-${index + 1}` : ''}.${extension}`;
}

/**
 * Lets a customer attach files by dragging and dropping them, pasting screenshots, or browsing with the system's
 * file chooser, several at once. The limits of the policy (how many files, how large, which types, how many of each
 * kind) are shown before anything is picked. Every file is checked before it is uploaded, by type and by its first
 * bytes (an executable renamed `.pdf` is refused); a refused file is listed with the rule it broke and the others
 * stay. Accepted files upload at once (`upload="pick"`, the default) through the adapter, with progress, cancel and
 * retry; images get a preview. Every change is announced politely, and everything works with the keyboard.
 *
 * It is form-associated: inside a `<form>` with a `name`, it submits the uploaded references' ids (or, with
 * `upload="manual"`, the files themselves), and it is invalid while uploads are in flight or failed, or when the
 * policy requires a file and there is none.
 *
 * @tag hd-attachment-picker
 * @summary Drag and drop, paste and browse for attachments, with limits shown first, previews and upload progress.
 *
 * @fires hd-attachments-change - Files were added, uploaded, removed, cancelled or failed. Detail: `{ references, pending }`, the uploaded files' references and whether uploads are still in flight.
 * @fires hd-error - An upload failed; the message is already shown in the file's row. Detail: `{ code, message }`.
 *
 * @csspart base - The wrapper of everything the element shows.
 * @csspart label - The label ("Archivo adjunto (opcional)").
 * @csspart limits - The line with the limits, shown before anything is picked.
 * @csspart dropzone - The area files are dropped or pasted on; it also holds the browse button.
 * @csspart browse-button - The button that opens the system's file chooser.
 * @csspart file-list - The list of attached files.
 * @csspart file - One attached file's row.
 * @csspart preview - An image's preview in its row.
 * @csspart progress - A file's upload progress bar.
 * @csspart remove-button - The button that takes a file out of the list.
 * @csspart cancel-button - The button that stops an upload in flight.
 * @csspart retry-button - The button that uploads a failed file again.
 * @csspart refused - The list of refused files, each with the rule it broke.
 *
 * @cssstate dragging - Files are being dragged over the drop zone.
 *
 * @cssprop [--dropzone-background=var(--hd-color-surface-alt)] - Drop zone background.
 * @cssprop [--dropzone-background-active] - Drop zone background while files are dragged over it.
 * @cssprop [--dropzone-border-color=var(--hd-color-border)] - Drop zone dashed border.
 * @cssprop [--dropzone-border-color-active=var(--hd-color-brand)] - Drop zone border while files are dragged over it.
 * @cssprop [--dropzone-padding] - Space inside the drop zone.
 * @cssprop [--dropzone-radius=var(--hd-radius)] - Drop zone corner radius.
 * @cssprop [--file-gap] - Space between file rows.
 * @cssprop [--file-background=var(--hd-color-surface)] - File row background.
 * @cssprop [--file-border-color=var(--hd-color-border)] - File row border.
 * @cssprop [--preview-size=3rem] - Side of an image preview (and of a file's kind icon).
 * @cssprop [--progress-color=var(--hd-color-brand)] - Progress bar color.
 * @cssprop [--refused-color=var(--hd-color-danger)] - Color of refused files and failed uploads.
 */
export class HdAttachmentPicker extends HdElement {
  static override styles = [baseStyles, attachmentPickerStyles];
  static formAssociated = true;

  private readonly internals: ElementInternals;
  private readonly uploads = new UploadController(this, {
    adapter: () => this.configuration.adapter,
    autoUpload: () => this.upload === 'pick',
    onSettled: entry => this.onSettled(entry)
  });
  /** Object URLs of image previews, by entry id; revoked on removal and disconnection. */
  private readonly previews = new Map<string, string>();
  /** Picks are checked one after another, so two quick drops cannot both take the last free place. */
  private queue: Promise<unknown> = Promise.resolve();
  private dragDepth = 0;
  private pendingFocus: PendingFocus;
  private pendingAnnouncements: string[] = [];
  private announceFrame = 0;
  private announcementId = 0;
  /** The row that held focus before an update, so focus stays in it when its buttons change. */
  private focusedRowId: string | undefined;

  @query('.browse-button') private browseButton!: HTMLButtonElement | null;
  @query('.file-input') private fileInput!: HTMLInputElement | null;

  @state() private dragging = false;
  @state() private refusedFiles: readonly Refusal[] = [];
  /** The last few announcements; each is a new node of the live region, so none replaces another unread. */
  @state() private announcements: readonly { id: number; text: string }[] = [];
  @state() private formDisabled = false;

  /** The limits files are checked against: count, size per file, total, accept list, caps per kind. */
  @property({ attribute: false }) policy: AttachmentPolicy | undefined;

  /** The label; "Archivo adjunto" (localized) by default. "(opcional)" is added when the policy does not require files. */
  @property() label: string | undefined;

  /** `pick` (default) uploads each file as soon as it is accepted; `manual` holds the files until `uploadAll()`. */
  @property({ reflect: true }) upload: 'pick' | 'manual' = 'pick';

  /** The name the files are submitted under in a form. */
  @property({ reflect: true }) name: string | undefined;

  /** Stops picking, dropping, pasting and removing files. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  constructor() {
    super();
    this.internals = this.attachInternals();
    this.addEventListener('paste', this.onPaste);
  }

  /**
   * The references of the uploaded files. Setting it shows files already uploaded (a restored draft); files not
   * uploaded yet stay, and setting the references it already has changes nothing.
   */
  get value(): FileReference[] {
    return this.uploads.references;
  }

  set value(references: FileReference[]) {
    this.uploads.restore(references ?? []);
    const kept = new Set(this.uploads.items.map(entry => entry.id));
    for (const [id, url] of this.previews) {
      if (kept.has(id)) continue;
      URL.revokeObjectURL(url);
      this.previews.delete(id);
    }
  }

  /** Every file in the list with its status, progress, reference or error. */
  get files(): readonly UploadEntry[] {
    return this.uploads.items;
  }

  /** Files refused by the last pick, each with the rule it broke. */
  get refused(): readonly Refusal[] {
    return this.refusedFiles;
  }

  /** Whether uploads are in flight. */
  get pending(): boolean {
    return this.uploads.pending;
  }

  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  get validity(): ValidityState {
    return this.internals.validity;
  }

  get validationMessage(): string {
    return this.internals.validationMessage;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    for (const entry of this.uploads.items) this.makePreview(entry);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.revokePreviews();
    cancelAnimationFrame(this.announceFrame);
    this.dragDepth = 0;
    this.setDragging(false);
  }

  formResetCallback(): void {
    this.revokePreviews();
    this.uploads.clear();
    this.refusedFiles = [];
  }

  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const active = this.root?.activeElement;
    this.focusedRowId = active?.closest<HTMLElement>('.file')?.dataset.id;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.syncForm();
    this.applyPendingFocus();
  }

  private get effectivePolicy(): AttachmentPolicy {
    return this.policy ?? DEFAULT_ATTACHMENT_POLICY;
  }

  private get isDisabled(): boolean {
    return this.disabled || this.formDisabled;
  }

  private get root(): ShadowRoot {
    return this.renderRoot as ShadowRoot;
  }

  // ----- picking -----

  private pick(files: readonly File[]): Promise<CheckResult> {
    const run = this.queue.then(() => this.addChecked(files));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async addChecked(files: readonly File[]): Promise<CheckResult> {
    const existing = this.uploads.items.map(({ name, size, mimeType, kind }) => ({ name, size, mimeType, kind }));
    const result = await checkFiles(this.effectivePolicy, existing, files);
    const added = this.uploads.add(result.accepted);
    for (const entry of added) this.makePreview(entry);
    this.refusedFiles = result.refused;

    const messages: string[] = [];
    if (added.length === 1) messages.push(this.localize.t('attachments.added.one', { name: added[0]!.name }));
    else if (added.length > 1) messages.push(this.localize.t('attachments.added.other', { count: added.length }));
    for (const refusal of result.refused) messages.push(this.refusalMessage(refusal));
    this.announce(...messages);

    if (this.upload === 'pick') for (const entry of added) void this.uploads.upload(entry.id);
    if (added.length) this.emitChange();
    return result;
  }

  private onSettled(entry: UploadEntry): void {
    if (entry.status === 'uploaded') {
      this.announce(this.localize.t('attachments.uploaded', { name: entry.name }));
    } else if (entry.status === 'failed') {
      const reason = this.localize.error(entry.error);
      this.announce(this.localize.t('attachments.uploadFailed', { name: entry.name, reason }));
      this.emit('hd-error', { code: isHelpDeskError(entry.error) ? entry.error.code : 'server', message: reason });
    }
    this.emitChange();
  }

  private emitChange(): void {
    this.emit('hd-attachments-change', { references: this.value, pending: this.pending });
  }

  // ----- drag and drop, paste, browse -----

  private carriesFiles(event: DragEvent): boolean {
    return [...(event.dataTransfer?.types ?? [])].includes('Files');
  }

  private onDragEnter(event: DragEvent): void {
    if (this.isDisabled || !this.carriesFiles(event)) return;
    event.preventDefault();
    this.dragDepth += 1;
    this.setDragging(true);
  }

  private onDragOver(event: DragEvent): void {
    if (this.isDisabled || !this.carriesFiles(event)) return;
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    this.setDragging(true);
  }

  private onDragLeave(): void {
    this.dragDepth = Math.max(0, this.dragDepth - 1);
    if (this.dragDepth === 0) this.setDragging(false);
  }

  private onDrop(event: DragEvent): void {
    event.preventDefault();
    this.dragDepth = 0;
    this.setDragging(false);
    if (this.isDisabled) return;
    const files = [...(event.dataTransfer?.files ?? [])];
    if (files.length) void this.pick(files);
  }

  private setDragging(dragging: boolean): void {
    this.dragging = dragging;
    try {
      if (dragging) this.internals.states.add('dragging');
      else this.internals.states.delete('dragging');
    } catch {
      // Browsers without custom states (or with the old `--name` syntax only) still get the class on the drop zone.
    }
  }

  private readonly onPaste = (event: ClipboardEvent): void => {
    if (this.isDisabled || !event.clipboardData) return;
    let files = [...event.clipboardData.files];
    if (!files.length) {
      files = [...event.clipboardData.items]
        .filter(item => item.kind === 'file')
        .map(item => item.getAsFile())
        .filter((file): file is File => file !== null);
    }
    if (!files.length) return;
    event.preventDefault();
    const now = new Date();
    let generic = 0;
    const named = files.map(file =>
      !file.name || GENERIC_PASTE_NAME.test(file.name)
        ? new File([file], pastedName(file, generic++, now), { type: file.type, lastModified: file.lastModified })
        : file
    );
    void this.pick(named);
  };

  private browse(): void {
    if (this.isDisabled) return;
    this.fileInput?.click();
  }

  private onInputChange(event: Event): void {
    const input = event.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    // Cleared so that choosing the same file again (after removing it) fires `change` again.
    input.value = '';
    if (files.length) void this.pick(files);
  }

  // ----- row actions -----

  private onRemove(entry: UploadEntry, how: 'remove' | 'cancel'): void {
    const index = this.uploads.items.findIndex(other => other.id === entry.id);
    this.forget(entry.id);
    this.pendingFocus = { kind: 'row-at', index };
    this.announce(
      this.localize.t(how === 'cancel' ? 'attachments.cancelled' : 'attachments.removed', { name: entry.name })
    );
    this.emitChange();
  }

  private onRetry(entry: UploadEntry): void {
    this.pendingFocus = { kind: 'row', id: entry.id };
    void this.uploads.upload(entry.id);
    this.emitChange();
  }

  private forget(id: string): void {
    this.uploads.remove(id);
    const url = this.previews.get(id);
    if (url) URL.revokeObjectURL(url);
    this.previews.delete(id);
  }

  private applyPendingFocus(): void {
    let pending = this.pendingFocus;
    // A row's buttons change with its status (Cancel becomes Remove once uploaded): focus stays in the row.
    if (!pending && this.focusedRowId && !this.root.activeElement) pending = { kind: 'row', id: this.focusedRowId };
    if (!pending) return;
    this.pendingFocus = undefined;
    const rows = [...this.root.querySelectorAll<HTMLElement>('.file')];
    const row = pending.kind === 'row' ? rows.find(r => r.dataset.id === pending.id) : rows[pending.index];
    const target = row?.querySelector<HTMLElement>('.actions button') ?? this.browseButton;
    target?.focus();
  }

  // ----- previews -----

  private makePreview(entry: UploadEntry): void {
    if (!entry.file || entry.kind !== 'image' || this.previews.has(entry.id)) return;
    if (!PREVIEWABLE.has(effectiveMimeType(entry.name, entry.mimeType))) return;
    this.previews.set(entry.id, URL.createObjectURL(entry.file));
  }

  private revokePreviews(): void {
    for (const url of this.previews.values()) URL.revokeObjectURL(url);
    this.previews.clear();
  }

  // ----- form -----

  private syncForm(): void {
    const entries = this.uploads.items;
    if (this.name && entries.length) {
      const data = new FormData();
      for (const entry of entries) {
        if (entry.reference && entry.status === 'uploaded') data.append(this.name, entry.reference.id);
        else if (this.upload === 'manual' && entry.file) data.append(this.name, entry.file);
      }
      this.internals.setFormValue(data);
    } else {
      this.internals.setFormValue(null);
    }

    const anchor = this.browseButton ?? undefined;
    if (this.effectivePolicy.required && entries.length === 0) {
      this.internals.setValidity({ valueMissing: true }, this.localize.t('attachments.validity.required'), anchor);
    } else if (this.uploads.pending) {
      this.internals.setValidity({ customError: true }, this.localize.t('attachments.validity.pending'), anchor);
    } else if (entries.some(entry => entry.status === 'failed')) {
      this.internals.setValidity({ customError: true }, this.localize.t('attachments.validity.failed'), anchor);
    } else {
      this.internals.setValidity({});
    }
  }

  // ----- words -----

  private announce(...messages: string[]): void {
    if (!messages.length) return;
    this.pendingAnnouncements.push(...messages);
    // One frame gathers what happened together (five uploads that end at once are one announcement). Each
    // announcement is a new node of the live region, so a quick next one does not replace it before it is read.
    cancelAnimationFrame(this.announceFrame);
    this.announceFrame = requestAnimationFrame(() => {
      const text = this.pendingAnnouncements.join(' ');
      this.pendingAnnouncements = [];
      this.announcements = [...this.announcements, { id: ++this.announcementId, text }].slice(-3);
    });
  }

  private kindCount(kind: FileKind, count: number): string {
    return this.localize.t(`attachments.kindCount.${kind}.${count === 1 ? 'one' : 'other'}`, {
      count: this.localize.number(count)
    });
  }

  private list(items: string[]): string {
    return new Intl.ListFormat(this.localize.locale, { type: 'conjunction' }).format(items);
  }

  private typeName(type: AcceptedType): string {
    return type.all ? this.localize.t(`attachments.kindAll.${type.kind}`) : type.label;
  }

  /** "Hasta 5 archivos de 10 MB cada uno: imágenes, PDF, … Como máximo 3 imágenes y 1 documento." */
  private limitsText(): string {
    const summary = describePolicy(this.effectivePolicy);
    const size = this.localize.bytes(summary.maxFileBytes);
    let text =
      summary.maxFiles === 1
        ? this.localize.t('attachments.limitsOne', { size })
        : this.localize.t('attachments.limitsMany', { count: this.localize.number(summary.maxFiles), size });
    if (summary.maxTotalBytes !== undefined) {
      text += ` (${this.localize.t('attachments.limitsTotal', { size: this.localize.bytes(summary.maxTotalBytes) })})`;
    }
    if (summary.types.length) text += `: ${this.list(summary.types.map(type => this.typeName(type)))}`;
    text += '.';
    if (summary.perKind.length) {
      const caps = this.list(summary.perKind.map(({ kind, max }) => this.kindCount(kind, max)));
      text += ` ${this.localize.t('attachments.limitsPerKind', { list: caps })}`;
    }
    return text;
  }

  private refusalMessage(refusal: Refusal): string {
    const name = refusal.file.name;
    switch (refusal.rule) {
      case 'count':
        return this.localize.t('attachments.refused.count', {
          name,
          limit: this.localize.number(Number(refusal.limit))
        });
      case 'size':
        return this.localize.t('attachments.refused.size', { name, limit: this.localize.bytes(Number(refusal.limit)) });
      case 'total':
        return this.localize.t('attachments.refused.total', {
          name,
          limit: this.localize.bytes(Number(refusal.limit))
        });
      case 'type':
        return this.localize.t('attachments.refused.type', { name });
      case 'content':
        return this.localize.t(
          refusal.limit === 'executable' ? 'attachments.refused.executable' : 'attachments.refused.mismatch',
          { name }
        );
      case 'perKind':
        return this.localize.t('attachments.refused.perKind', {
          name,
          limit: this.kindCount(refusal.kind ?? 'other', Number(refusal.limit))
        });
    }
  }

  private statusText(entry: UploadEntry): string {
    switch (entry.status) {
      case 'held':
        return this.localize.t('attachments.status.held');
      case 'uploading': {
        const percent = this.localize.number(entry.total ? entry.sent / entry.total : 0, { style: 'percent' });
        return this.localize.t('attachments.status.uploading', { percent });
      }
      case 'uploaded':
        return this.localize.t('attachments.status.uploaded');
      case 'failed':
        return `${this.localize.t('attachments.status.failed')}: ${this.localize.error(entry.error)}`;
    }
  }

  // ----- public methods -----

  /**
   * Adds files as if the customer had dropped them: they are checked, refused ones listed, accepted ones uploaded
   * (with `upload="pick"`). Resolves with what was accepted and refused.
   */
  addFiles(files: readonly File[]): Promise<CheckResult> {
    return this.pick(files);
  }

  /**
   * Uploads every file not uploaded yet (with `upload="manual"`, or after failures) and resolves with all the
   * references. Rejects with the first upload's `HelpDeskError` when any fails; the failed files stay, with retry.
   */
  async uploadAll(): Promise<FileReference[]> {
    await this.queue;
    const before = this.value.length;
    await this.uploads.uploadAll();
    const failed = this.uploads.items.find(entry => entry.status === 'failed');
    if (this.value.length !== before || failed) this.emitChange();
    if (failed)
      throw failed.error instanceof HelpDeskError ? failed.error : new HelpDeskError('server', String(failed.error));
    return this.value;
  }

  /** Takes a file out of the list by its entry id, aborting its upload when in flight. */
  removeFile(id: string): void {
    if (!this.uploads.get(id)) return;
    this.forget(id);
    this.emitChange();
  }

  /** Empties the list, aborting uploads in flight, and forgets refused files. */
  clear(): void {
    this.revokePreviews();
    this.uploads.clear();
    this.refusedFiles = [];
    this.emitChange();
  }

  /** Opens the system's file chooser (only from a user gesture, as browsers require). */
  showPicker(): void {
    this.browse();
  }

  checkValidity(): boolean {
    return this.internals.checkValidity();
  }

  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  /** Focuses the browse button, the control that fixes every problem the picker can report. */
  override focus(options?: FocusOptions): void {
    this.browseButton?.focus(options);
  }

  // ----- render -----

  private renderEntry(entry: UploadEntry): TemplateResult {
    const preview = this.previews.get(entry.id);
    const name = entry.name;
    const disabled = this.isDisabled;
    return html`
      <li
        part="file"
        class=${classMap({ file: true, [`file--${entry.status}`]: true })}
        data-id=${entry.id}
        data-status=${entry.status}
      >
        ${
          preview
            ? html`<img part="preview" class="preview" src=${preview} alt="" />`
            : html`<span class="icon icon--${entry.kind}" aria-hidden="true">${badgeOf(name)}</span>`
        }
        <span class="name" title=${name}>${name}</span>
        <span class="meta">
          ${this.localize.t(`attachments.kindName.${entry.kind}`)} · ${this.localize.bytes(entry.size)} ·
          <span class="status">${this.statusText(entry)}</span>
        </span>
        ${
          entry.status === 'uploading' || entry.status === 'uploaded'
            ? html`<progress
                part="progress"
                class="progress"
                max=${entry.total || 1}
                .value=${entry.total ? entry.sent : 1}
                aria-label=${this.localize.t('attachments.progress', { name })}
              ></progress>`
            : nothing
        }
        <span class="actions">
          ${
            entry.status === 'uploading'
              ? html`<button
                  type="button"
                  part="cancel-button"
                  class="cancel-button"
                  aria-label=${this.localize.t('attachments.cancelFile', { name })}
                  @click=${() => this.onRemove(entry, 'cancel')}
                >
                  ${this.localize.t('attachments.cancel')}
                </button>`
              : nothing
          }
          ${
            entry.status === 'failed'
              ? html`<button
                  type="button"
                  part="retry-button"
                  class="retry-button"
                  aria-label=${this.localize.t('attachments.retryFile', { name })}
                  ?disabled=${disabled}
                  @click=${() => this.onRetry(entry)}
                >
                  ${this.localize.t('attachments.retry')}
                </button>`
              : nothing
          }
          ${
            entry.status !== 'uploading'
              ? html`<button
                  type="button"
                  part="remove-button"
                  class="remove-button"
                  aria-label=${this.localize.t('attachments.removeFile', { name })}
                  ?disabled=${disabled}
                  @click=${() => this.onRemove(entry, 'remove')}
                >
                  ${this.localize.t('attachments.remove')}
                </button>`
              : nothing
          }
        </span>
      </li>
    `;
  }

  protected override render() {
    const policy = this.effectivePolicy;
    const required = policy.required ?? false;
    const label = `${this.label || this.localize.t('attachments.label')}${
      required ? '' : ` ${this.localize.t('common.optional')}`
    }`;
    const [promptBefore, promptAfter = ''] = this.localize.t('attachments.prompt').split('{browse}');
    const entries = this.uploads.items;
    const disabled = this.isDisabled;
    return html`
      <!-- The whole element takes drops (a file dropped on the list must not make the browser open it); the drop
           zone shows it. -->
      <div
        part="base"
        class="base"
        @dragenter=${this.onDragEnter}
        @dragover=${this.onDragOver}
        @dragleave=${this.onDragLeave}
        @drop=${this.onDrop}
      >
        <span part="label" class="label" id="label">${label}</span>
        <p part="limits" class="limits" id="limits">${this.limitsText()}</p>
        <div
          part="dropzone"
          class=${classMap({ dropzone: true, 'dropzone--active': this.dragging, 'dropzone--disabled': disabled })}
          role="group"
          tabindex=${disabled ? -1 : 0}
          aria-labelledby="label"
          aria-describedby="prompt limits"
        >
          <p class="prompt" id="prompt">
            ${promptBefore}<button
              type="button"
              part="browse-button"
              class="browse-button"
              aria-describedby="limits"
              ?disabled=${disabled}
              @click=${this.browse}
            >
              ${this.localize.t('attachments.browse')}</button
            >${promptAfter}
          </p>
          <p class="drop-here" aria-hidden="true">${this.localize.t('attachments.dropHere')}</p>
          <input
            class="file-input"
            type="file"
            hidden
            tabindex="-1"
            ?multiple=${policy.maxFiles !== 1}
            accept=${acceptAttribute(policy.accept) || nothing}
            ?disabled=${disabled}
            @change=${this.onInputChange}
          />
        </div>
        ${
          entries.length
            ? html`<ul part="file-list" class="file-list" aria-label=${this.localize.t('attachments.listLabel')}>
                ${repeat(
                  entries,
                  entry => entry.id,
                  entry => this.renderEntry(entry)
                )}
              </ul>`
            : nothing
        }
        ${
          this.refusedFiles.length
            ? html`<ul part="refused" class="refused" aria-label=${this.localize.t('attachments.refusedLabel')}>
                ${this.refusedFiles.map(refusal => html`<li>${this.refusalMessage(refusal)}</li>`)}
              </ul>`
            : nothing
        }
        <div class="visually-hidden live" role="log" aria-live="polite">
          ${repeat(
            this.announcements,
            announcement => announcement.id,
            announcement => html`<p>${announcement.text}</p>`
          )}
        </div>
      </div>
    `;
  }
}
