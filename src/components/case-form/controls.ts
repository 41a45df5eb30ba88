import type { HelpDeskAdapter } from '../../core/adapter.js';
import { loadOnDemandMessages } from '../../core/messages/catalogs.js';
import type { FormDefinition } from '../../core/model/form.js';

// The library's own controls are loaded with the form that draws them, not with the case form's chunk: lookup,
// recipients and rich text when a field of that kind is in the form, article suggestions when the backend offers
// them. Until a control's module has loaded, or if it fails to load, render-field.ts draws its plain stand-in.

const loaders = {
  lookup: () => import('../lookup/define.js'),
  recipients: () => import('../recipients/define.js'),
  richtext: () => import('../rich-text/define.js')
} as const;

/** Whether the backend offers article suggestions; a failed question loads them anyway (the element decides). */
export function articlesOffered(adapter: HelpDeskAdapter): Promise<boolean> {
  return adapter.capabilities().then(
    capabilities => capabilities.articles,
    () => true
  );
}

/** Loads the controls `form` draws; never rejects. */
export async function loadControls(form: FormDefinition, articles: Promise<boolean>): Promise<void> {
  const kinds = new Set(form.fields.map(field => field.kind));
  const loads: Promise<unknown>[] = Object.entries(loaders)
    .filter(([kind]) => kinds.has(kind as keyof typeof loaders))
    .map(([, load]) => load());
  // Their words are among the messages only some pages need (src/core/messages/on-demand/).
  if (loads.length > 0) loads.push(loadOnDemandMessages());
  if (await articles) loads.push(import('../article-suggestions/define.js'));
  await Promise.allSettled(loads);
}
