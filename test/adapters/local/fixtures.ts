// Helpers for the local adapter's own tests: real IndexedDB databases with unique names, deleted after each test,
// a clock the test moves, and valid input for the category-cards preset.
import { openDB } from 'idb';
import { createLocalAdapter, type LocalAdapter, type LocalAdapterOptions } from '../../../src/adapters/local/index.js';
import type { CaseInput, HelpDeskErrorCode } from '../../../src/core/index.js';
import { HelpDeskError } from '../../../src/core/index.js';
import type { Preset } from '../../../src/core/preset.js';
import { categoryCards } from '../../../src/widget/presets/category-cards.js';

export const DEMO_USER = categoryCards.users[0]!;
export const COLLEAGUE = categoryCards.users[1]!;

const opened: LocalAdapter[] = [];
const databases = new Set<string>();
let counter = 0;

export function uniqueDatabaseName(): string {
  const name = `hd-local-test-${Date.now()}-${(counter += 1)}-${Math.random().toString(36).slice(2)}`;
  databases.add(name);
  return name;
}

/** A moveable clock: tests reach link expiries and lock-out windows without waiting. */
export class TestClock {
  private time = Date.parse('2026-03-02T12:00:00.000Z');
  readonly now = (): Date => new Date(this.time);
  advance(ms: number): void {
    this.time += ms;
  }
}

/** An adapter on its own database (or on `databaseName`, to play a second tab), fast password hashing. */
export async function openAdapter(options: Partial<LocalAdapterOptions> = {}): Promise<LocalAdapter> {
  const databaseName = options.databaseName ?? uniqueDatabaseName();
  databases.add(databaseName);
  const adapter = createLocalAdapter({
    preset: categoryCards,
    sessionStorage: 'memory',
    passwordIterations: 1000,
    linkBase: 'https://portal.example.com/ayuda',
    ...options,
    databaseName
  });
  opened.push(adapter);
  await adapter.ready;
  return adapter;
}

export async function signedIn(adapter: LocalAdapter, user = DEMO_USER): Promise<LocalAdapter> {
  await adapter.signIn({ kind: 'password', login: user.email, password: user.password });
  return adapter;
}

/** Closes every adapter and deletes every database the test opened. Call it in `afterEach`. */
export async function cleanUp(): Promise<void> {
  for (const adapter of opened.splice(0)) adapter.close();
  for (const name of [...databases]) {
    databases.delete(name);
    await new Promise(resolve => {
      const request = indexedDB.deleteDatabase(name);
      request.onsuccess = request.onerror = request.onblocked = () => resolve(undefined);
    });
  }
}

/** Every record of every store of a database, as JSON text: what someone reading the browser's storage sees. */
export async function dumpDatabase(name: string): Promise<string> {
  const db = await openDB(name);
  const dump: Record<string, unknown[]> = {};
  for (const store of Array.from(db.objectStoreNames)) {
    dump[store] = [...(await db.getAll(store)), ...(await db.getAllKeys(store))];
  }
  db.close();
  return JSON.stringify(dump);
}

/** A valid new case for the category-cards preset. */
export function caseInput(overrides: Partial<CaseInput> = {}): CaseInput {
  return {
    categoryId: 'inconveniente-tecnico-lentitud',
    formId: 'ticket',
    subject: 'El tablero no carga',
    description: 'Desde esta mañana el tablero principal queda en blanco.',
    channel: 'ticket',
    fields: { plataforma: 'web' },
    attachments: [],
    ...overrides
  };
}

/** The HelpDeskError a promise rejects with; fails when it resolves or rejects with anything else. */
export async function rejection(promise: Promise<unknown>, code?: HelpDeskErrorCode): Promise<HelpDeskError> {
  try {
    await promise;
  } catch (error) {
    if (!(error instanceof HelpDeskError)) throw new Error(`Expected a HelpDeskError, got ${String(error)}`);
    if (code !== undefined && error.code !== code) {
      throw new Error(`Expected "${code}", got "${error.code}": ${error.message}`);
    }
    return error;
  }
  throw new Error(`Expected a rejection${code ? ` with "${code}"` : ''}, but the call resolved.`);
}

/** Resolves with the first value `subscribe` delivers that passes `accept`, or rejects after `ms`. */
export function firstEvent<T>(
  subscribe: (listener: (value: T) => void) => () => void,
  accept: (value: T) => boolean = () => true,
  ms = 3000
): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      unsubscribe();
      reject(new Error('No event arrived in time.'));
    }, ms);
    const unsubscribe = subscribe(value => {
      if (!accept(value)) return;
      clearTimeout(timer);
      unsubscribe();
      resolve(value);
    });
  });
}

/** A small preset of its own: another id (another database), lookups, a dependent select and a cascade. */
export const otherPreset: Preset = {
  ...categoryCards,
  id: 'test-other',
  name: 'Otro portal',
  locale: 'en',
  referencePrefix: 'TCK',
  categories: [
    {
      id: 'support',
      name: 'Support',
      formId: 'rich',
      defaultPriority: 'high',
      children: [
        { id: 'support-billing', name: 'Billing', children: [{ id: 'support-billing-refunds', name: 'Refunds' }] }
      ]
    },
    { id: 'fire', name: 'Fire', emergency: true, defaultPriority: 'low' }
  ],
  forms: [
    {
      id: 'rich',
      title: 'Rich form',
      fields: [
        { id: 'subject', kind: 'text', label: 'Subject', required: true },
        {
          id: 'app',
          kind: 'select',
          label: 'Application',
          options: [
            { value: 'erp', label: 'ERP' },
            { value: 'crm', label: 'CRM' }
          ]
        },
        {
          id: 'module',
          kind: 'select',
          label: 'Module',
          dependsOn: 'app',
          optionsByParent: {
            erp: [
              { value: 'ledger', label: 'Ledger' },
              { value: 'payroll', label: 'Payroll' }
            ],
            crm: [{ value: 'leads', label: 'Leads' }]
          }
        },
        {
          id: 'service',
          kind: 'cascade',
          label: 'Service',
          options: [
            {
              value: 'cloud',
              label: 'Cloud',
              children: [
                { value: 'vm', label: 'Virtual machines', children: [{ value: 'disk', label: 'Disks' }] },
                { value: 'dns', label: 'DNS' }
              ]
            }
          ]
        },
        { id: 'customer', kind: 'lookup', label: 'Customer', remoteOptions: true },
        { id: 'code', kind: 'text', label: 'Code', pattern: '[A-Z]{3}-\\d{2}', maxLength: 6 },
        { id: 'seats', kind: 'number', label: 'Seats', min: 1, max: 10 }
      ],
      attachments: { maxFiles: 1, maxFileBytes: 1000, accept: ['.txt', 'image/*'] },
      channels: ['ticket'],
      subjectField: 'subject',
      priorityField: true
    }
  ],
  lookups: {
    customer: [
      { value: 'c1', label: 'Cañas y Café Ltda.', account: 'A-100' },
      { value: 'c2', label: 'Andes Logistics', account: 'A-200' }
    ]
  },
  cases: [],
  capabilities: { articles: false }
};
