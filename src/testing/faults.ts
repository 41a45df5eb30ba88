import type { HelpDeskAdapter } from '../core/adapter.js';
import { HelpDeskError, type HelpDeskErrorCode } from '../core/errors.js';

type AdapterMethod = Exclude<keyof HelpDeskAdapter, 'name'>;

export interface FaultPlan {
  /** Methods that throw, with the error code they throw. */
  fail?: Partial<Record<AdapterMethod, HelpDeskErrorCode | HelpDeskError>>;
  /** Methods that never answer (until their signal aborts): for loading states. */
  hang?: AdapterMethod[];
  /** Milliseconds added before every call answers. */
  delayMs?: number;
}

function abortable(signal: AbortSignal | undefined): Promise<never> {
  return new Promise((_, reject) => {
    signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')), { once: true });
  });
}

function signalOf(args: unknown[]): AbortSignal | undefined {
  for (const arg of args) {
    if (arg && typeof arg === 'object' && 'signal' in arg && arg.signal instanceof AbortSignal) return arg.signal;
  }
  return undefined;
}

/**
 * Wraps a real adapter so chosen methods fail, hang or slow down: the failing-backend states of stories and tests,
 * on top of a real backend rather than a mock. Methods not in the plan pass straight through.
 */
export function withFaults<T extends HelpDeskAdapter>(adapter: T, plan: FaultPlan): T {
  return new Proxy(adapter, {
    get(target, key, receiver) {
      const value: unknown = Reflect.get(target, key, receiver);
      if (typeof value !== 'function' || key === 'subscribe') return value;
      const method = key as AdapterMethod;
      return async (...args: unknown[]) => {
        if (plan.delayMs) await new Promise(resolve => setTimeout(resolve, plan.delayMs));
        if (plan.hang?.includes(method)) return abortable(signalOf(args));
        const fault = plan.fail?.[method];
        if (fault instanceof HelpDeskError) throw fault;
        if (fault) throw new HelpDeskError(fault, `Injected ${fault} fault in ${method}.`, { retryAfterSeconds: 30 });
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    }
  });
}
