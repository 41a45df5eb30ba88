import { HelpDeskError } from '../../core/index.js';

// Zendesk's Upload Files takes the file as the raw request body with its own Content-Type, not as a form. The shared
// upload of src/adapters/rest (sendWithXhr / uploadFile) sends multipart/form-data only, so this is the same
// XMLHttpRequest technique (upload progress on every HTTP version, abort to cancel) with a raw body; it can fold
// into the shared one once that takes a raw body.

export interface UploadAnswer {
  status: number;
  contentType: string;
  retryAfter: string | null;
  text: string;
}

export interface RawUploadDeps {
  url: string;
  headers: Record<string, string>;
  /** Whether cookies go along (the `credentials: 'include'` of fetch). */
  withCredentials: boolean;
  /** No progress for this long while the file is being sent fails the upload with `timeout`. */
  timeoutMs: number;
  /** No answer for this long once the whole file is handed to the network fails it with `timeout`. */
  answerTimeoutMs: number;
  currentToken(): Promise<string | undefined>;
  refreshToken(used: string | undefined): Promise<string | undefined>;
}

function send(
  deps: RawUploadDeps,
  file: File,
  token: string | undefined,
  signal: AbortSignal | undefined,
  onProgress: (sent: number) => void
): Promise<UploadAnswer> {
  return new Promise<UploadAnswer>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const xhr = new XMLHttpRequest();
    let timer: ReturnType<typeof setTimeout> | undefined;
    let settled = false;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      outcome();
    };
    const arm = (ms: number) => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        finish(() => reject(new HelpDeskError('timeout', 'The upload stalled: Zendesk stopped taking the file.')));
        xhr.abort();
      }, ms);
    };
    const onAbort = () => {
      finish(() => reject(signal?.reason));
      xhr.abort();
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    xhr.open('POST', deps.url);
    xhr.withCredentials = deps.withCredentials;
    xhr.setRequestHeader('accept', 'application/json');
    xhr.setRequestHeader('content-type', file.type || 'application/octet-stream');
    for (const [name, value] of Object.entries(deps.headers)) xhr.setRequestHeader(name, value);
    if (token) xhr.setRequestHeader('authorization', `Bearer ${token}`);
    xhr.upload.onprogress = event => {
      arm(deps.timeoutMs);
      if (event.lengthComputable && event.total > 0) onProgress(Math.floor((event.loaded / event.total) * file.size));
    };
    xhr.upload.onload = () => {
      // The file may sit in the network's buffers while Zendesk still reads it: a longer wait for the answer.
      arm(deps.answerTimeoutMs);
      onProgress(file.size);
    };
    xhr.onload = () =>
      finish(() =>
        resolve({
          status: xhr.status,
          contentType: xhr.getResponseHeader('content-type') ?? '',
          retryAfter: xhr.getResponseHeader('retry-after'),
          text: xhr.responseText
        })
      );
    xhr.onerror = () =>
      finish(() => reject(new HelpDeskError('offline', 'The connection dropped while the file was being sent.')));
    arm(deps.timeoutMs);
    xhr.send(file);
  });
}

/**
 * Sends the file with progress and cancel: reports (0, size) first and (size, size) last, never going backwards,
 * also when a 401 makes it send the file again with a refreshed token. Resolves with the answer, whatever its status.
 */
export async function uploadRaw(
  deps: RawUploadDeps,
  file: File,
  options: { signal?: AbortSignal | undefined; onProgress?: ((sent: number, total: number) => void) | undefined }
): Promise<UploadAnswer> {
  options.signal?.throwIfAborted();
  let reported = -1;
  const report = (sent: number) => {
    const clamped = Math.min(sent, file.size);
    if (clamped <= reported) return;
    reported = clamped;
    options.onProgress?.(clamped, file.size);
  };
  report(0);
  const used = await deps.currentToken();
  let answer = await send(deps, file, used, options.signal, report);
  if (answer.status === 401) {
    const fresh = await deps.refreshToken(used);
    if (fresh) answer = await send(deps, file, fresh, options.signal, report);
  }
  return answer;
}
