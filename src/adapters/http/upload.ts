import { HelpDeskError } from '../../core/index.js';

// Uploads go through XMLHttpRequest, not ky/fetch. ky 1 reports upload progress only through a streamed fetch
// request body (`duplex: 'half'`), and Chromium sends streamed bodies over HTTP/2 or HTTP/3 only: against an
// HTTP/1.1 backend or proxy (the usual case, and this repo's loopback server) such a request fails outright.
// XMLHttpRequest's `upload.onprogress` works on every HTTP version and in every browser, and `abort()` cancels.

/**
 * How the file travels: `multipart` as `multipart/form-data` with the file as part `file` (the REST contract, Jira),
 * `raw` as the request body itself with the file's type as Content-Type (Zendesk).
 */
export type UploadBody = 'multipart' | 'raw';

export interface XhrUpload {
  url: string;
  file: File;
  body: UploadBody;
  token: string | undefined;
  headers: Record<string, string>;
  withCredentials: boolean;
  /** No progress for this long while the file is being sent fails the upload with `timeout`. */
  idleTimeoutMs: number;
  /** No answer for this long once the whole file is handed to the network fails it with `timeout`. */
  answerTimeoutMs: number;
  signal?: AbortSignal | undefined;
  /** Bytes of the file sent so far (multipart framing around it is not counted). */
  onProgress: (sent: number) => void;
}

/** What came back: enough to read it as a fetch Response. */
export interface XhrAnswer {
  status: number;
  contentType: string;
  retryAfter: string | null;
  text: string;
}

/** Sends the file and resolves with the answer, whatever its status. */
export function sendWithXhr(upload: XhrUpload): Promise<XhrAnswer> {
  const { file, signal } = upload;
  return new Promise<XhrAnswer>((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
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
        finish(() =>
          reject(new HelpDeskError('timeout', 'The upload stalled: the help desk stopped taking the file.'))
        );
        xhr.abort();
      }, ms);
    };
    const onAbort = () => {
      finish(() => reject(signal?.reason));
      xhr.abort();
    };
    signal?.addEventListener('abort', onAbort, { once: true });

    xhr.open('POST', upload.url);
    xhr.withCredentials = upload.withCredentials;
    xhr.setRequestHeader('accept', 'application/json');
    if (upload.body === 'raw') xhr.setRequestHeader('content-type', file.type || 'application/octet-stream');
    for (const [name, value] of Object.entries(upload.headers)) xhr.setRequestHeader(name, value);
    if (upload.token) xhr.setRequestHeader('authorization', `Bearer ${upload.token}`);
    xhr.upload.onprogress = event => {
      arm(upload.idleTimeoutMs);
      if (event.lengthComputable && event.total > 0) {
        upload.onProgress(Math.min(file.size, Math.floor((event.loaded / event.total) * file.size)));
      }
    };
    xhr.upload.onload = () => {
      // The file may sit in the network's buffers while the backend still reads it: a longer wait for the answer.
      arm(upload.answerTimeoutMs);
      upload.onProgress(file.size);
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
    arm(upload.idleTimeoutMs);
    if (upload.body === 'raw') {
      xhr.send(file);
    } else {
      const form = new FormData();
      form.append('file', file, file.name);
      xhr.send(form);
    }
  });
}

export interface UploadDeps {
  url: string;
  body: UploadBody;
  headers: Record<string, string>;
  withCredentials: boolean;
  timeoutMs: number;
  /** How long the answer may take once the file is sent; default 60000. */
  uploadTimeoutMs?: number;
  currentToken(): Promise<string | undefined>;
  refreshToken(used: string | undefined): Promise<string | undefined>;
}

/**
 * Uploads with progress and cancel: reports (0, size) first and (size, size) last, never going backwards (also when
 * a 401 makes it send the file again with a refreshed token). Resolves with the answer as a Response, whatever its
 * status: a refused upload is turned into a HelpDeskError by the caller.
 */
export async function uploadFile(
  deps: UploadDeps,
  file: File,
  options: { signal?: AbortSignal | undefined; onProgress?: ((sent: number, total: number) => void) | undefined }
): Promise<Response> {
  options.signal?.throwIfAborted();
  let reported = -1;
  const report = (sent: number) => {
    if (sent <= reported) return;
    reported = sent;
    options.onProgress?.(sent, file.size);
  };
  report(0);
  const attempt = (token: string | undefined) =>
    sendWithXhr({
      url: deps.url,
      file,
      body: deps.body,
      token,
      headers: deps.headers,
      withCredentials: deps.withCredentials,
      idleTimeoutMs: deps.timeoutMs,
      answerTimeoutMs: deps.uploadTimeoutMs ?? 60_000,
      signal: options.signal,
      onProgress: report
    });
  const used = await deps.currentToken();
  let answer = await attempt(used);
  if (answer.status === 401) {
    const fresh = await deps.refreshToken(used);
    if (fresh) answer = await attempt(fresh);
  }
  const headers = new Headers({ 'content-type': answer.contentType });
  if (answer.retryAfter !== null) headers.set('retry-after', answer.retryAfter);
  // Only a Response of a "null body status" may not carry a body; a successful upload always has one.
  return new Response(answer.text, { status: answer.status, headers });
}
