import type { Capabilities } from './capabilities.js';
import type { Organization } from './model/account.js';
import type { Category } from './model/catalog.js';
import type { Status } from './model/case.js';
import type { Article, Entitlement, Invoice } from './model/extras.js';
import type { FieldValue, FormDefinition } from './model/form.js';
import type { Priority } from './model/primitives.js';

export type LocaleCode = 'es' | 'en' | 'pt-BR';

/** A demo account. The password is hashed when the local backend is seeded and never kept in clear. */
export interface PresetUser {
  id: string;
  name: string;
  email: string;
  password: string;
  organizationId?: string;
}

export interface PresetComment {
  role: 'customer' | 'agent' | 'system';
  authorName: string;
  body: string;
  bodyFormat?: 'text' | 'html';
  /** How long after the case was opened, in minutes. */
  minutesAfter: number;
}

/** A sample case so lists and threads are not empty on the first visit. */
export interface PresetCase {
  subject: string;
  description: string;
  categoryId: string;
  statusId: string;
  priority: Priority;
  requesterId: string;
  /** How long ago it was opened, in days. */
  daysAgo: number;
  fields?: Record<string, FieldValue>;
  comments?: PresetComment[];
}

/** Rows a lookup field (seed 001's Asociado) searches in, keyed by field id. */
export type PresetLookups = Record<string, { value: string; label: string; [column: string]: string }[]>;

/**
 * Everything a help desk needs to run on the embedded backend: a preset is data, not code, so a vendor can start
 * from one and change it without touching the library.
 */
export interface Preset {
  /** Also the namespace of the local database, so demos of different presets never mix. */
  id: string;
  name: string;
  locale: LocaleCode;
  /** Prefix of case references: `CAS` gives `CAS-01202-B2K8P0`. */
  referencePrefix: string;
  categories: Category[];
  forms: FormDefinition[];
  statuses: Status[];
  /** Status of a newly created case. */
  initialStatusId: string;
  organizations: Organization[];
  users: PresetUser[];
  cases?: PresetCase[];
  entitlements?: Entitlement[];
  invoices?: Invoice[];
  articles?: Article[];
  lookups?: PresetLookups;
  /** Capabilities that differ from the local backend's defaults (everything on). */
  capabilities?: Partial<{ [K in keyof Capabilities]: Partial<Capabilities[K]> | Capabilities[K] }>;
}
