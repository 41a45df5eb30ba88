// What a backend checks when a case is opened: the form's field rules (a plain-JS port of the core's
// src/core/form-rules.ts, so the server refuses exactly what the form refuses) and the attachment policy.

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9 ().-]{7,20}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const NIT_WEIGHTS = [3, 7, 13, 17, 19, 23, 29, 37, 41, 43, 47, 53, 59, 67, 71];

export function isEmpty(value) {
  if (value === undefined || value === null || value === false) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  return false;
}

export function isVisible(field, values) {
  return (field.visibleWhen ?? []).every(condition => {
    const value = values[condition.field];
    const present = Array.isArray(value) ? value : value === undefined || value === null ? [] : [String(value)];
    return present.some(item => condition.in.includes(item));
  });
}

export function optionsFor(field, values) {
  if (field.dependsOn && field.optionsByParent) {
    const parent = values[field.dependsOn];
    return typeof parent === 'string' ? (field.optionsByParent[parent] ?? []) : [];
  }
  return field.options ?? [];
}

function isCascadePath(options, path) {
  let level = options;
  for (const value of path) {
    const chosen = level?.find(option => option.value === value);
    if (!chosen) return false;
    level = chosen.children;
  }
  return true;
}

function isValidNit(text) {
  const match = /^(\d{5,15})-?(\d)$/.exec(text.replace(/[.\s]/g, ''));
  if (!match) return false;
  const sum = [...match[1]].reverse().reduce((total, digit, i) => total + Number(digit) * (NIT_WEIGHTS[i] ?? 0), 0);
  const remainder = sum % 11;
  return (remainder > 1 ? 11 - remainder : remainder) === Number(match[2]);
}

const TEXT_KINDS = new Set(['text', 'textarea', 'richtext', 'email', 'phone', 'date', 'select', 'lookup', 'taxid']);

/** The problem of one field's value as a sentence, or undefined when it is acceptable. */
function fieldProblem(field, values, lookups) {
  const value = values[field.id];
  if (isEmpty(value)) return field.required ? `${field.label} is required.` : undefined;
  if (TEXT_KINDS.has(field.kind) && typeof value !== 'string') return `${field.label} must be text.`;
  if (field.kind === 'checkbox' && typeof value !== 'boolean') return `${field.label} must be true or false.`;
  const text = typeof value === 'string' ? value.trim() : '';
  const wrong = `${field.label} is not valid.`;
  switch (field.kind) {
    case 'email':
      if (!EMAIL.test(text)) return wrong;
      break;
    case 'phone':
      if (!PHONE.test(text)) return wrong;
      break;
    case 'taxid':
      if (!isValidNit(text)) return wrong;
      break;
    case 'date':
      if (!ISO_DATE.test(text) || Number.isNaN(Date.parse(text))) return wrong;
      break;
    case 'number': {
      const number = typeof value === 'number' ? value : Number(text);
      if (!Number.isFinite(number) || (text === '' && typeof value !== 'number')) return wrong;
      if (field.min !== undefined && number < field.min) return `${field.label} must be at least ${field.min}.`;
      if (field.max !== undefined && number > field.max) return `${field.label} must be at most ${field.max}.`;
      break;
    }
    case 'select':
    case 'lookup': {
      const rows = lookups[field.id];
      if (rows) {
        if (!rows.some(row => row.value === value)) return `${field.label}: not an option.`;
      } else if (!field.remoteOptions && !optionsFor(field, values).some(option => option.value === value)) {
        return `${field.label}: not an option.`;
      }
      break;
    }
    case 'multiselect': {
      const allowed = new Set(optionsFor(field, values).map(option => option.value));
      if (!Array.isArray(value) || (!field.remoteOptions && !value.every(item => allowed.has(item)))) {
        return `${field.label}: not an option.`;
      }
      break;
    }
    case 'cascade':
      if (!Array.isArray(value) || !isCascadePath(field.options ?? [], value)) return `${field.label}: not an option.`;
      if (field.required && field.levels && value.length < field.levels.length) return `${field.label} is required.`;
      break;
    case 'recipients':
      if (!Array.isArray(value) || !value.every(item => EMAIL.test(item))) return wrong;
      break;
  }
  if (typeof value === 'string') {
    const length = (field.kind === 'richtext' ? value.replace(/<[^>]*>/g, '') : text).length;
    if (field.minLength !== undefined && length < field.minLength) return `${field.label} is too short.`;
    if (field.maxLength !== undefined && length > field.maxLength) return `${field.label} is too long.`;
    if (field.pattern && !new RegExp(`^(?:${field.pattern})$`, 'u').test(text)) {
      return field.patternMessage ?? wrong;
    }
  }
  return undefined;
}

/** The values the form's rules see: the custom fields plus the subject and description fields. */
export function formValues(form, input) {
  return {
    ...input.fields,
    [form.subjectField]: input.subject,
    ...(form.descriptionField === undefined ? {} : { [form.descriptionField]: input.description })
  };
}

/** Messages keyed by field id (and `channel`, `callBack`, `department`); empty when the input is acceptable. */
export function checkCaseInput(form, input, { lookups = {}, phoneCallBack = true } = {}) {
  const values = formValues(form, input);
  const errors = {};
  for (const field of form.fields) {
    if (!isVisible(field, values)) continue;
    const problem = fieldProblem(field, values, lookups);
    if (problem) errors[field.id] = problem;
  }
  if (!form.fields.some(field => field.id === form.subjectField) && input.subject.trim() === '') {
    errors[form.subjectField] = 'A subject is required.';
  }
  if (!form.channels.includes(input.channel) || (input.channel === 'phone' && !phoneCallBack)) {
    errors.channel = 'This way of attention is not offered.';
  } else if (input.channel === 'phone' && !input.callBack?.phone?.trim()) {
    errors.callBack = 'A phone number is required for a call back.';
  }
  if (input.department !== undefined && form.departments && !form.departments.some(d => d.value === input.department)) {
    errors.department = 'Unknown department.';
  }
  return errors;
}

/** The custom field values kept with a case: visible fields of the form, never subject or description. */
export function keptValues(form, input) {
  const values = formValues(form, input);
  const kept = {};
  for (const field of form.fields) {
    if (field.id === form.subjectField || field.id === form.descriptionField) continue;
    const value = input.fields[field.id];
    if (value !== undefined && isVisible(field, values)) kept[field.id] = value;
  }
  return kept;
}

const DOCUMENT = /\.(pdf|docx?|xlsx?|pptx?|odt|ods|txt|csv|rtf)$/i;
const ARCHIVE = /\.(zip|rar|7z|tar|gz)$/i;

function kindOf(file) {
  if (file.mimeType.startsWith('image/')) return 'image';
  if (file.mimeType.startsWith('video/')) return 'video';
  if (file.mimeType.startsWith('audio/')) return 'audio';
  if (DOCUMENT.test(file.name)) return 'document';
  if (ARCHIVE.test(file.name)) return 'archive';
  return 'other';
}

function accepted(accept, file) {
  if (accept.length === 0) return true;
  return accept.some(entry => {
    const rule = entry.trim().toLowerCase();
    if (rule.startsWith('.')) return file.name.toLowerCase().endsWith(rule);
    if (rule.endsWith('/*')) return file.mimeType.startsWith(rule.slice(0, -1));
    return rule === file.mimeType;
  });
}

/** The first problem of the files under a form's policy (`null`: no attachments), or undefined. */
export function checkFiles(policy, files) {
  if (!policy) return files.length > 0 ? 'This form takes no attachments.' : undefined;
  if (files.length === 0) return policy.required ? 'Attach at least one file.' : undefined;
  if (files.length > policy.maxFiles) return `At most ${policy.maxFiles} files.`;
  let total = 0;
  const perKind = {};
  for (const file of files) {
    if (!accepted(policy.accept, file)) return `${file.name}: this type of file is not accepted.`;
    if (file.size > policy.maxFileBytes) return `${file.name} is too large.`;
    total += file.size;
    const kind = kindOf(file);
    perKind[kind] = (perKind[kind] ?? 0) + 1;
    const cap = policy.perKind?.[kind];
    if (cap !== undefined && perKind[kind] > cap) return `At most ${cap} files of this kind.`;
  }
  if (policy.maxTotalBytes !== undefined && total > policy.maxTotalBytes) return 'The files are too large together.';
  return undefined;
}
