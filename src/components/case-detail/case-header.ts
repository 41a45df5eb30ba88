import { html, nothing, type TemplateResult } from 'lit';
import type { Case, StatusCategory } from '../../core/model/case.js';
import type { LocalizeController } from '../../controllers/localize-controller.js';

/**
 * A shape per status category, shown beside the status label, so the status never depends on color alone
 * (the label itself is the backend's, such as "Esperando respuesta").
 */
const STATUS_ICONS: Record<StatusCategory, string> = {
  new: '✦',
  open: '●',
  'waiting-on-customer': '↩',
  'waiting-on-support': '⏳',
  resolved: '✓',
  closed: '■'
};

/** The status as a badge: a shape and the label, both inside `part="status"`, styled by its category. */
export function renderStatus(item: Case): TemplateResult {
  return html`<span part="status" class="status" data-category=${item.status.category}>
    <span class="status-icon" aria-hidden="true">${STATUS_ICONS[item.status.category]}</span>
    <span class="status-label">${item.status.label}</span>
  </span>`;
}

function fact(label: string, value: TemplateResult | string, className = ''): TemplateResult {
  return html`<div class="fact ${className}">
    <dt>${label}</dt>
    <dd>${value}</dd>
  </div>`;
}

function time(localize: LocalizeController, iso: string): TemplateResult {
  return html`<time datetime=${iso}>${localize.date(iso)}</time>`;
}

/**
 * The case's header: its reference, subject (the heading the element focuses), and a list of facts: status,
 * priority, category path, dates, requester and, for phone cases, the call-back number. `actions` goes after them
 * (close and reopen).
 */
export function renderCaseHeader(
  localize: LocalizeController,
  item: Case,
  actions: TemplateResult | typeof nothing
): TemplateResult {
  const t = localize.t.bind(localize);
  const requester = [item.requester.name, item.organization?.name].filter(Boolean).join(' · ');
  const callBack = item.channel === 'phone' && item.callBack;
  return html`<header part="header" class="header">
    <p class="reference-line">
      <span class="visually-hidden">${t('caseDetail.reference')}: </span>
      <span part="reference" class="reference">${item.reference}</span>
    </p>
    <h2 class="subject" tabindex="-1">${item.subject}</h2>
    <dl class="facts">
      ${fact(t('caseDetail.status'), renderStatus(item), 'fact--status')}
      ${fact(t('caseDetail.priority'), html`<span class="priority" data-priority=${item.priority}>${t(`priority.${item.priority}`)}</span>`)}
      ${item.categoryPath.length ? fact(t('caseDetail.category'), item.categoryPath.map(step => step.name).join(' › ')) : nothing}
      ${fact(t('caseDetail.createdAt'), time(localize, item.createdAt))}
      ${fact(t('caseDetail.updatedAt'), time(localize, item.updatedAt))} ${fact(t('caseDetail.requester'), requester)}
      ${
        callBack
          ? fact(
              t('caseDetail.channel'),
              html`${t('caseDetail.channelPhone', { phone: callBack.phone })}${
                callBack.preferredTime
                  ? html`, ${t('caseDetail.preferredTime', { time: callBack.preferredTime })}`
                  : nothing
              }`
            )
          : nothing
      }
    </dl>
    ${actions}
  </header>`;
}
