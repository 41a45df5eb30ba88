import { html, nothing, type TemplateResult } from 'lit';
import type { CapabilityListController } from '../../controllers/capability-list-controller.js';
import type { LocalizeController } from '../../controllers/localize-controller.js';
import { isHelpDeskError } from '../../core/errors.js';

/**
 * What an element with a CapabilityListController renders (styles in list.styles.ts): nothing when the backend has
 * no such list; else its base, busy while loading, with the loading sentence, the error and Retry, or what `ready`
 * renders; and the polite live region that says what happened.
 *
 * Parts: `base`, `error`, `retry-button`.
 */
export function renderCapabilityList<T>(
  list: CapabilityListController<T>,
  localize: LocalizeController,
  ready: () => TemplateResult
): TemplateResult | typeof nothing {
  if (list.status === 'hidden') return nothing;
  const busy = list.status === 'loading' ? 'true' : 'false';
  return html`
    <div part="base" class="base" aria-busy=${busy}>${renderBody(list, localize, ready)}</div>
    <div class="visually-hidden" role="status" aria-live="polite">${list.announcement}</div>
  `;
}

function renderBody<T>(
  list: CapabilityListController<T>,
  localize: LocalizeController,
  ready: () => TemplateResult
): TemplateResult {
  switch (list.status) {
    case 'error':
      return html`<div part="error" class="state state--error">
        <p class="error">${localize.error(list.error)}</p>
        ${
          isHelpDeskError(list.error) && list.error.reason === 'no-adapter'
            ? nothing
            : html`<button type="button" part="retry-button" class="retry-button primary" @click=${() => list.retry()}>
                ${localize.t('common.retry')}
              </button>`
        }
      </div>`;
    case 'ready':
      return ready();
    default:
      return html`<p class="state state--loading">${localize.t('common.loading')}</p>`;
  }
}
