import type { FormDefinition } from '../../core/model/form.js';
import type { RenderField } from '../fields/render-field.js';
import { ROUTE } from './route.js';

export type StepKind = 'route' | 'details' | 'attachments' | 'review' | 'done';

/** One page of the form. */
export interface CaseFormStep {
  /** Stable id, used in the URL hash (`#hd-step=details`) and in drafts. */
  id: string;
  kind: StepKind;
  /** The name in the step indicator and the page's heading. */
  title: string;
  /** The fields asked on this page (route and details pages only). */
  fields: RenderField[];
}

export interface StepTitles {
  route: string;
  details: string;
  attachments: string;
  review: string;
  done: string;
}

/**
 * The pages a form needs, in order: route (only when there is a department or a call back to choose) -> details
 * (one page per group of `form.steps`, or one page with every field) -> attachments (only when the form takes files)
 * -> review -> done. Fields no group lists go on the last details page; the priority goes with the description.
 */
export function planSteps(
  form: FormDefinition,
  route: readonly RenderField[],
  details: readonly RenderField[],
  titles: StepTitles
): CaseFormStep[] {
  const steps: CaseFormStep[] = [];
  if (route.length) steps.push({ id: 'route', kind: 'route', title: titles.route, fields: [...route] });

  const groups = (form.steps ?? []).filter(group => group.fieldIds.length > 0);
  if (groups.length > 1) {
    const pages = groups.map(group => ({ group, fields: [] as RenderField[] }));
    const last = pages.length - 1;
    const pageOf = (id: string) => {
      const index = pages.findIndex(page => page.group.fieldIds.includes(id));
      return index === -1 ? last : index;
    };
    for (const field of details) {
      const anchor = field.id === ROUTE.priority && form.descriptionField ? form.descriptionField : field.id;
      pages[pageOf(anchor)]!.fields.push(field);
    }
    for (const page of pages) {
      if (page.fields.length) {
        steps.push({ id: `details-${page.group.id}`, kind: 'details', title: page.group.title, fields: page.fields });
      }
    }
  } else if (details.length) {
    steps.push({ id: 'details', kind: 'details', title: groups[0]?.title ?? titles.details, fields: [...details] });
  }

  if (form.attachments && form.attachments.maxFiles > 0) {
    steps.push({ id: 'attachments', kind: 'attachments', title: titles.attachments, fields: [] });
  }
  steps.push({ id: 'review', kind: 'review', title: titles.review, fields: [] });
  steps.push({ id: 'done', kind: 'done', title: titles.done, fields: [] });
  return steps;
}
