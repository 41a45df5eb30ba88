// Faults a test arms on a tenant (POST /__control/tenants/{id}/faults). The vocabulary is the fault matrix's
// (src/testing/fault-matrix.ts), so the same scenarios run against every adapter's fake backend:
//
//   { kind: 'drop-connection' }                          the socket is destroyed before any answer (offline)
//   { kind: 'status', status: 503, retryAfterSeconds }   an error answer, with Retry-After when given
//   { kind: 'delay', ms, when: 'before' | 'after' }      waits before handling, or handles and then waits to answer
//   { kind: 'slow-request-body', bytesPerSecond }        reads the request body at that pace (slow upload)
//   { kind: 'cut-request-body', fraction }               destroys the connection once that part of the body arrived
//   { kind: 'malformed-json' }                           handles the request, then answers 200 with broken JSON
//   { kind: 'drop-field', field }                        handles the request, then leaves a field out of the answer
//   { kind: 'expire-session' }                           ends the request's session and answers 401
//
// Each fault matches `operation` (an operationId; any when absent) and fires `times` times (1 by default; 0 means
// until the faults are cleared).

export const FAULT_KINDS = [
  'drop-connection',
  'status',
  'delay',
  'slow-request-body',
  'cut-request-body',
  'malformed-json',
  'drop-field',
  'expire-session'
];

export function armFault(tenant, spec) {
  if (!spec || !FAULT_KINDS.includes(spec.kind)) throw new Error(`Unknown fault kind ${JSON.stringify(spec?.kind)}`);
  tenant.faults.push({ ...spec, remaining: spec.times === 0 ? Infinity : (spec.times ?? 1) });
}

/** The first armed fault for this operation, used up by one. */
export function takeFault(tenant, operationId) {
  const fault = tenant.faults.find(f => f.remaining > 0 && (f.operation === undefined || f.operation === operationId));
  if (!fault) return undefined;
  fault.remaining -= 1;
  return fault;
}

/** Leaves `field` out of the answer: of the object itself, and of the first item of a page or list. */
export function dropField(body, field) {
  const copy = structuredClone(body);
  if (Array.isArray(copy)) {
    if (copy[0] && typeof copy[0] === 'object') delete copy[0][field];
    return copy;
  }
  if (copy && typeof copy === 'object') {
    delete copy[field];
    if (Array.isArray(copy.items) && copy.items[0]) delete copy.items[0][field];
  }
  return copy;
}
