/** The name of the hash parameter that holds the current step: `#hd-step=details`. */
export const STEP_HASH_KEY = 'hd-step';

function hashParams(): URLSearchParams {
  return new URLSearchParams(location.hash.replace(/^#/, ''));
}

/** The step named in the page's hash, if any. */
export function readStepFromHash(): string | undefined {
  return hashParams().get(STEP_HASH_KEY) ?? undefined;
}

/**
 * Puts the step in the page's hash, keeping any other parameter the host keeps there. `push` adds a history entry
 * (so the browser's back button returns to the previous step), `replace` does not.
 */
export function writeStepToHash(step: string, mode: 'push' | 'replace'): void {
  const params = hashParams();
  if (params.get(STEP_HASH_KEY) === step) return;
  params.set(STEP_HASH_KEY, step);
  const url = `${location.pathname}${location.search}#${params.toString()}`;
  if (mode === 'push') history.pushState(history.state, '', url);
  else history.replaceState(history.state, '', url);
}
