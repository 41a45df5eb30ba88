// Catalog (categories, forms, field options) and extras (hour bags, invoices, article suggestions).
import { problems } from '../http.mjs';
import { fold, words } from '../tenant.mjs';

const LOOKUP_LIMIT = 50;
const MAX_SUGGESTIONS = 5;

function matches(text, query) {
  const key = fold(text);
  return words(query ?? '').every(word => key.includes(word));
}

function cascadeLevel(options, chosen) {
  const path = typeof chosen === 'string' ? [chosen] : Array.isArray(chosen) ? chosen : [];
  let level = options;
  for (const value of path) level = level.find(option => option.value === value)?.children ?? [];
  return level.map(({ value, label }) => ({ value, label }));
}

export const catalogHandlers = {
  listCategories: ({ tenant, req }) => {
    tenant.requireUser(req);
    return { status: 200, body: tenant.preset.categories };
  },

  getForm: ({ tenant, req, params }) => {
    tenant.requireUser(req);
    return { status: 200, body: tenant.formForCategory(params.categoryId) };
  },

  getFieldOptions: ({ tenant, req, params }) => {
    tenant.requireUser(req);
    const form = tenant.formById(params.formId);
    const field = form.fields.find(candidate => candidate.id === params.fieldId);
    if (!field) throw problems.notFound(`Field of form ${form.id}`, params.fieldId);
    const parentValues = params.parentValues ?? {};
    const query = params.query ?? '';
    const rows = tenant.preset.lookups?.[field.id];
    if (rows) {
      const found = rows
        .filter(row => matches(Object.values(row).join(' '), query))
        .slice(0, LOOKUP_LIMIT)
        .map(({ value, label, ...details }) => ({ value, label, details }));
      return { status: 200, body: found };
    }
    let options;
    if (field.dependsOn !== undefined && field.optionsByParent) {
      const parent = parentValues[field.dependsOn];
      options = typeof parent === 'string' ? (field.optionsByParent[parent] ?? []) : [];
    } else if (field.kind === 'cascade') {
      options = cascadeLevel(field.options ?? [], parentValues[field.id]);
    } else {
      options = field.options ?? [];
    }
    return { status: 200, body: options.filter(option => matches(option.label, query)) };
  },

  listEntitlements: ({ tenant, req }) => {
    if (!tenant.capabilities.entitlements) throw problems.unsupported('support entitlements');
    tenant.requireUser(req);
    return { status: 200, body: tenant.preset.entitlements ?? [] };
  },

  listInvoices: ({ tenant, req }) => {
    if (!tenant.capabilities.invoices) throw problems.unsupported('invoices');
    tenant.requireUser(req);
    return { status: 200, body: tenant.preset.invoices ?? [] };
  },

  suggestArticles: ({ tenant, params }) => {
    if (!tenant.capabilities.articles) throw problems.unsupported('article suggestions');
    const wanted = words(params.query ?? '').filter(word => word.length >= 3);
    if (wanted.length === 0) return { status: 200, body: [] };
    const score = text => wanted.filter(word => words(text).some(candidate => candidate.startsWith(word))).length;
    const scored = (tenant.preset.articles ?? [])
      .map(article => ({ article, score: score(article.title) * 2 + score(article.excerpt) }))
      .filter(entry => entry.score > 0)
      .sort((a, b) => b.score - a.score || a.article.title.localeCompare(b.article.title));
    return { status: 200, body: scored.slice(0, MAX_SUGGESTIONS).map(entry => entry.article) };
  }
};
