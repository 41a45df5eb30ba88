// Small HTTP helpers of the reference server: problems, reading bodies (slowly or cut short when a fault asks),
// and a minimal multipart/form-data parser for uploads.
import { Buffer } from 'node:buffer';
import { setTimeout as sleep } from 'node:timers/promises';

/** An error answer in the contract's shape (application/problem+json). */
export class Problem extends Error {
  constructor(status, code, detail, extra = {}) {
    super(detail);
    this.status = status;
    this.body = { title: TITLES[status] ?? 'Error', status, detail, code, ...extra };
  }
}

const TITLES = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Content Too Large',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  502: 'Bad Gateway',
  503: 'Service Unavailable'
};

export const problems = {
  invalid: (detail, fieldErrors = {}, reason) =>
    new Problem(422, 'invalid', detail, reason ? { fieldErrors, reason } : { fieldErrors }),
  badRequest: (detail, fieldErrors = {}, reason) =>
    new Problem(400, 'invalid', detail, reason ? { fieldErrors, reason } : { fieldErrors }),
  unauthorized: (detail = 'Sign in to continue.', reason) =>
    new Problem(401, 'unauthorized', detail, reason ? { reason } : {}),
  forbidden: detail => new Problem(403, 'forbidden', detail),
  notFound: (what, id) => new Problem(404, 'not-found', `${what} "${id}" does not exist.`),
  conflict: detail => new Problem(409, 'conflict', detail),
  unsupported: what => new Problem(501, 'unsupported', `This help desk does not offer ${what}.`),
  tooLarge: (detail, fieldErrors) => new Problem(413, 'invalid', detail, { fieldErrors, reason: 'too-large' })
};

export function titleOf(status) {
  return TITLES[status] ?? 'Error';
}

/**
 * Reads the whole request body. `throttle` (bytes per second) reads it slowly, as a slow network would deliver it;
 * `cutAt` (a fraction of Content-Length) destroys the connection once that much has arrived.
 */
export function readBody(req, { throttle, cutAt } = {}) {
  const length = Number(req.headers['content-length'] ?? 0);
  const cutBytes = cutAt === undefined ? Infinity : Math.max(1, Math.floor(length * cutAt));
  return new Promise((resolve, reject) => {
    const chunks = [];
    let received = 0;
    req.on('data', chunk => {
      chunks.push(chunk);
      received += chunk.length;
      if (received >= cutBytes) {
        req.socket.destroy();
        reject(new Error('cut'));
        return;
      }
      if (throttle) {
        req.pause();
        sleep(Math.ceil((chunk.length / throttle) * 1000)).then(() => req.resume());
      }
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
    req.on('close', () => {
      if (!req.complete) reject(new Error('client went away'));
    });
  });
}

/** The parts of a multipart/form-data body: `{ name, filename, contentType, data }`. */
export function parseMultipart(body, contentType) {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType ?? '');
  if (!boundary) return [];
  const delimiter = Buffer.from(`--${boundary[1] ?? boundary[2]}`);
  const parts = [];
  let start = body.indexOf(delimiter);
  while (start !== -1) {
    const next = body.indexOf(delimiter, start + delimiter.length);
    if (next === -1) break;
    const part = body.subarray(start + delimiter.length + 2, next - 2); // CRLF after the delimiter and before the next
    const split = part.indexOf('\r\n\r\n');
    if (split !== -1) {
      const head = part.subarray(0, split).toString('utf8');
      const disposition = /content-disposition:([^\r\n]*)/i.exec(head)?.[1] ?? '';
      const name = /\bname="([^"]*)"/i.exec(disposition)?.[1];
      const filename = /\bfilename="([^"]*)"/i.exec(disposition)?.[1];
      const type = /content-type:\s*([^\r\n]*)/i.exec(head)?.[1]?.trim();
      parts.push({ name, filename, contentType: type, data: part.subarray(split + 4) });
    }
    start = next;
  }
  return parts;
}
