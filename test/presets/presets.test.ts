import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import {
  Article,
  Category,
  Entitlement,
  FormDefinition,
  HelpDeskError,
  Invoice,
  Organization,
  Status,
  findCategoryPath,
  optionsFor,
  validateFieldValues,
  type FieldDefinition,
  type FieldOption,
  type FieldValue,
  type FieldValues,
  type Preset
} from '../../src/core/index.js';
import { presets } from '../../src/widget/presets/index.js';
import { createTestAdapter, disposeTestAdapters } from '../support/local-adapter.js';

// Every shipped preset is data written by hand against a seed portal: these checks keep it consistent with the core
// model (schemas, references between its parts, values its own forms accept) and with the seeds' wording.

const all = Object.values(presets);

/** Presets that ship a colleague and a user of another organization, for organization-scope demos. */
const WITH_OUTSIDER = ['equipment-warranty', 'support-hours', 'company-tickets', 'cloud-services'];

function flatten(tree: readonly Category[]): Category[] {
  return tree.flatMap(category => [category, ...flatten(category.children ?? [])]);
}

/** The label as the form shows it: optional fields get "(opcional)" after the label, as in the seeds' portals. */
function shownLabel(field: FieldDefinition): string {
  return field.required ? field.label : `${field.label} (opcional)`;
}

function fieldOf(preset: Preset, formId: string, fieldId: string): FieldDefinition {
  const field = preset.forms.find(form => form.id === formId)?.fields.find(candidate => candidate.id === fieldId);
  if (!field) throw new Error(`${preset.id}: no field ${fieldId} in form ${formId}`);
  return field;
}

function firstPath(options: readonly FieldOption[]): string[] {
  const first = options[0];
  return first ? [first.value, ...firstPath(first.children ?? [])] : [];
}

function labelsAt(options: readonly FieldOption[], depth: number): string[] {
  if (depth === 0) return options.map(option => option.label);
  return options.flatMap(option => labelsAt(option.children ?? [], depth - 1));
}

/** A value the field accepts, by kind; fields are filled in order, so a dependent select sees its parent. */
function validValue(preset: Preset, field: FieldDefinition, values: FieldValues): FieldValue {
  const text = (fallback: string) => fallback.padEnd(field.minLength ?? 0, '.').slice(0, field.maxLength ?? Infinity);
  switch (field.kind) {
    case 'text':
    case 'textarea':
      return text('Texto de prueba');
    case 'richtext':
      return '<p>Texto de <strong>prueba</strong></p>';
    case 'email':
      return 'persona@example.com';
    case 'phone':
      return '+57 601 555 0199';
    case 'number':
      return field.min ?? 1;
    case 'date':
      return '2026-01-15';
    case 'select':
      return preset.lookups?.[field.id]?.[0]?.value ?? optionsFor(field, values)[0]?.value ?? 'x';
    case 'multiselect':
      return optionsFor(field, values)
        .slice(0, 1)
        .map(option => option.value);
    case 'cascade':
      return firstPath(field.options ?? []);
    case 'lookup':
      return preset.lookups?.[field.id]?.[0]?.value ?? 'x';
    case 'recipients':
      return ['colega@example.com'];
    case 'checkbox':
      return true;
    case 'taxid':
      return '900123456-8';
  }
}

function validValues(preset: Preset, form: FormDefinition, onlyRequired: boolean): FieldValues {
  const values: FieldValues = {};
  for (const field of form.fields) {
    if (!onlyRequired || field.required) values[field.id] = validValue(preset, field, values);
  }
  return values;
}

describe('presets', () => {
  afterEach(() => disposeTestAdapters());

  it('ships the five seeds, each under its own id', () => {
    expect(Object.keys(presets).sort()).to.deep.equal([
      'category-cards',
      'cloud-services',
      'company-tickets',
      'equipment-warranty',
      'support-hours'
    ]);
    for (const [id, preset] of Object.entries(presets)) {
      expect(preset.id, id).to.equal(id);
      expect(preset.locale, id).to.equal('es');
    }
  });

  for (const preset of all) {
    describe(preset.id, () => {
      const categories = flatten(preset.categories);
      const statusIds = preset.statuses.map(status => status.id);
      const userIds = preset.users.map(user => user.id);

      it('passes the core schemas', () => {
        const parses = (schema: z.ZodMiniType, value: unknown, what: string) => {
          const result = schema.safeParse(value);
          expect(result.success, `${what}: ${result.error?.message ?? ''}`).to.equal(true);
        };
        for (const category of preset.categories) parses(Category, category, `category ${category.id}`);
        for (const form of preset.forms) parses(FormDefinition, form, `form ${form.id}`);
        parses(z.array(Status), preset.statuses, 'statuses');
        parses(z.array(Organization), preset.organizations, 'organizations');
        parses(z.array(Entitlement), preset.entitlements ?? [], 'entitlements');
        parses(z.array(Invoice), preset.invoices ?? [], 'invoices');
        parses(z.array(Article), preset.articles ?? [], 'articles');
      });

      it('has unique ids for categories, forms, fields, statuses, users and organizations', () => {
        const unique = (ids: string[], what: string) => expect(new Set(ids).size, what).to.equal(ids.length);
        unique(
          categories.map(category => category.id),
          'categories'
        );
        unique(
          preset.forms.map(form => form.id),
          'forms'
        );
        for (const form of preset.forms) {
          unique(
            form.fields.map(field => field.id),
            `fields of ${form.id}`
          );
        }
        unique(statusIds, 'statuses');
        unique(userIds, 'users');
        unique(
          preset.users.map(user => user.email.toLowerCase()),
          'user e-mails'
        );
        unique(
          preset.organizations.map(org => org.id),
          'organizations'
        );
      });

      it('gives every category a form, and every form its subject field and coherent steps', () => {
        const formIds = new Set(preset.forms.map(form => form.id));
        for (const category of categories) {
          const path = findCategoryPath(preset.categories, category.id) ?? [];
          const formId = [...path].reverse().find(item => item.formId !== undefined)?.formId;
          expect(formId, `form of ${category.id}`).to.be.a('string');
          expect(formIds.has(formId!), `form ${formId} of ${category.id}`).to.equal(true);
        }
        for (const form of preset.forms) {
          const fieldIds = form.fields.map(field => field.id);
          expect(fieldIds, `${form.id} subject`).to.include(form.subjectField);
          if (form.descriptionField) expect(fieldIds, `${form.id} description`).to.include(form.descriptionField);
          for (const step of form.steps ?? []) {
            for (const id of step.fieldIds) expect(fieldIds, `${form.id} step ${step.id}`).to.include(id);
          }
          for (const field of form.fields) {
            if (field.dependsOn) expect(fieldIds, `${field.id} depends on`).to.include(field.dependsOn);
            for (const condition of field.visibleWhen ?? []) expect(fieldIds).to.include(condition.field);
          }
        }
      });

      it('starts new cases in a known status and maps statuses to every end of the workflow', () => {
        expect(statusIds).to.include(preset.initialStatusId);
        const categoriesUsed = new Set(preset.statuses.map(status => status.category));
        expect(categoriesUsed.has('closed') || categoriesUsed.has('resolved')).to.equal(true);
      });

      it('can fill every required field of each form with a value the core rules accept', () => {
        for (const form of preset.forms) {
          expect(validateFieldValues(form, validValues(preset, form, true)), form.id).to.deep.equal({});
          expect(validateFieldValues(form, validValues(preset, form, false)), `${form.id}, all fields`).to.deep.equal(
            {}
          );
          expect(Object.keys(validateFieldValues(form, {})).sort(), `${form.id} empty`).to.deep.equal(
            form.fields
              .filter(field => field.required && !field.visibleWhen)
              .map(field => field.id)
              .sort()
          );
        }
      });

      it('gives lookups rows with every column the dialog shows', () => {
        for (const form of preset.forms) {
          for (const field of form.fields.filter(candidate => candidate.kind === 'lookup')) {
            const rows = preset.lookups?.[field.id] ?? [];
            expect(rows.length, `rows of ${field.id}`).to.be.greaterThan(0);
            expect(new Set(rows.map(row => row.value)).size).to.equal(rows.length);
            for (const column of field.lookupColumns ?? []) {
              for (const row of rows) expect(row, `${field.id} row ${row.value}`).to.have.property(column.key);
            }
          }
        }
      });

      it('has sample cases that reference its categories, statuses and users, with values their forms accept', () => {
        const cases = preset.cases ?? [];
        expect(cases.length).to.be.within(3, 5);
        for (const sample of cases) {
          const path = findCategoryPath(preset.categories, sample.categoryId);
          expect(path, `category of "${sample.subject}"`).to.not.equal(undefined);
          expect(statusIds, `status of "${sample.subject}"`).to.include(sample.statusId);
          expect(userIds, `requester of "${sample.subject}"`).to.include(sample.requesterId);
          expect(sample.daysAgo).to.be.at.least(0);
          const formId = [...path!].reverse().find(item => item.formId)?.formId;
          const form = preset.forms.find(candidate => candidate.id === formId)!;
          const fieldIds = form.fields.map(field => field.id);
          for (const key of Object.keys(sample.fields ?? {})) expect(fieldIds, sample.subject).to.include(key);
          const values: FieldValues = {
            ...sample.fields,
            [form.subjectField]: sample.subject,
            ...(form.descriptionField ? { [form.descriptionField]: sample.description } : {})
          };
          expect(validateFieldValues(form, values), sample.subject).to.deep.equal({});
          for (const [fieldId, value] of Object.entries(sample.fields ?? {})) {
            const rows = preset.lookups?.[fieldId];
            if (rows)
              expect(
                rows.map(row => row.value),
                sample.subject
              ).to.include(value);
          }
        }
        expect(cases.some(sample => (sample.comments ?? []).some(comment => comment.role === 'agent'))).to.equal(true);
      });

      it('has demo users in known organizations, the first signing in with a strong password', () => {
        const orgIds = preset.organizations.map(org => org.id);
        for (const user of preset.users) {
          if (user.organizationId !== undefined) expect(orgIds).to.include(user.organizationId);
        }
        const [first, colleague] = preset.users;
        expect(first?.password).to.match(/^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^\w\s]).{10,}$/);
        expect(colleague?.organizationId).to.equal(first?.organizationId);
        if (WITH_OUTSIDER.includes(preset.id)) {
          expect(preset.users.some(user => user.organizationId !== first?.organizationId)).to.equal(true);
          expect(preset.cases?.some(sample => sample.requesterId === colleague?.id)).to.equal(true);
        }
      });

      it('seeds a local adapter whose lists, threads, forms and extras answer', async () => {
        const adapter = await createTestAdapter({ preset });
        const capabilities = await adapter.capabilities();
        const me = preset.users[0]!;
        const mine = await adapter.listCases({ scope: 'mine', size: 50 });
        const expectedMine = (preset.cases ?? []).filter(sample => sample.requesterId === me.id);
        expect(mine.items.map(item => item.subject).sort()).to.deep.equal(
          expectedMine.map(sample => sample.subject).sort()
        );
        if (capabilities.cases.organizationScope) {
          const colleagues = new Set(
            preset.users.filter(user => user.organizationId === me.organizationId).map(user => user.id)
          );
          const org = await adapter.listCases({ scope: 'organization', size: 50 });
          expect(org.items.length).to.equal(
            (preset.cases ?? []).filter(sample => colleagues.has(sample.requesterId)).length
          );
        }
        for (const item of mine.items) {
          expect(item.reference.startsWith(`${preset.referencePrefix}-`)).to.equal(true);
          const thread = await adapter.listComments(item.id);
          const sample = expectedMine.find(candidate => candidate.subject === item.subject)!;
          expect(thread.items.length).to.equal(sample.comments?.length ?? 0);
        }
        for (const category of categories) await adapter.getForm(category.id);
        for (const form of preset.forms) {
          for (const field of form.fields.filter(candidate => candidate.kind === 'lookup')) {
            const rows = await adapter.getFieldOptions(form.id, field.id, { query: '' });
            expect(rows.length).to.be.greaterThan(0);
          }
        }
        const expectUnsupported = async (call: () => Promise<unknown>) => {
          const error = await call().then(
            () => undefined,
            (reason: unknown) => reason
          );
          expect(error).to.be.instanceOf(HelpDeskError);
          expect((error as HelpDeskError).code).to.equal('unsupported');
        };
        if (capabilities.entitlements) {
          expect((await adapter.listEntitlements()).length).to.equal(preset.entitlements?.length ?? 0);
        } else {
          await expectUnsupported(() => adapter.listEntitlements());
        }
        if (capabilities.invoices) {
          expect((await adapter.listInvoices()).length).to.equal(preset.invoices?.length ?? 0);
        } else {
          await expectUnsupported(() => adapter.listInvoices());
        }
      });

      it('opens a case on the local adapter with the values the form check accepts', async () => {
        const adapter = await createTestAdapter({ preset });
        const category = categories[categories.length - 1]!;
        const form = await adapter.getForm(category.id);
        const values = validValues(preset, form, false);
        const fields = Object.fromEntries(
          Object.entries(values).filter(([id]) => id !== form.subjectField && id !== form.descriptionField)
        );
        const created = await adapter.createCase(
          {
            categoryId: category.id,
            formId: form.id,
            subject: String(values[form.subjectField]),
            description: form.descriptionField ? String(values[form.descriptionField]) : '',
            channel: form.channels[0]!,
            fields,
            attachments: [],
            ...(form.priorityField ? { priority: 'urgent' as const } : {}),
            ...(form.departments?.length ? { department: form.departments[0]!.value } : {})
          },
          { idempotencyKey: `preset-${preset.id}` }
        );
        expect(created.status.id).to.equal(preset.initialStatusId);
        expect(created.reference.startsWith(`${preset.referencePrefix}-`)).to.equal(true);
      });
    });
  }
});

describe('seed wording', () => {
  it('000 equipment-warranty: "Soporte Técnico" under "Servicio Técnico" with the seed\'s fields and attachments', () => {
    const preset = presets['equipment-warranty']!;
    expect(preset.categories.map(category => category.name)).to.deep.equal(['Servicio Técnico']);
    expect(preset.categories[0]!.children!.map(category => category.name)).to.deep.equal(['Soporte Técnico']);
    const [form] = preset.forms;
    expect(form!.fields.map(shownLabel)).to.deep.equal([
      'Empresa u Organización',
      'NIT',
      'Contacto (opcional)',
      'Dirección empresa',
      'Teléfono',
      'Asunto',
      'Marca',
      'Modelo',
      'Serial'
    ]);
    expect(fieldOf(preset, form!.id, 'nit')).to.include({ kind: 'taxid', taxIdScheme: 'co-nit' });
    expect(fieldOf(preset, form!.id, 'telefono').kind).to.equal('phone');
    expect(fieldOf(preset, form!.id, 'marca').options!.map(option => option.label)).to.include('OTROS');
    expect(form!.subjectField).to.equal('asunto');
    expect(form!.attachments!.accept).to.deep.equal(['image/*', 'video/*']);
    expect(preset.name).to.equal('Centro de ayuda');
    expect(preset.capabilities?.accounts?.signup).to.deep.equal({ mode: 'api' });
  });

  it('001 support-hours: "Abrir un caso nuevo", the Asociado lookup, the seed\'s case and hour bag', () => {
    const preset = presets['support-hours']!;
    const [form] = preset.forms;
    expect(form!.title).to.equal('Abrir un caso nuevo');
    expect(form!.steps!.map(step => step.title)).to.deep.equal(['Información general']);
    expect(form!.fields.map(field => `${field.label}${field.required ? ' *' : ''}`)).to.deep.equal([
      'Título *',
      'Cliente *',
      'Asociado',
      'Contacto *',
      'Descripción'
    ]);
    expect(form!.attachments).to.equal(null);
    const asociado = fieldOf(preset, form!.id, 'asociado');
    expect(asociado.kind).to.equal('lookup');
    expect(asociado.lookupColumns!.map(column => column.label)).to.deep.equal([
      'Nombre de cuenta',
      'Correo electrónico',
      'Número de centralita',
      'Número de cuenta',
      'Contacto principal',
      'Dirección 1: ciudad'
    ]);
    expect(preset.lookups!['asociado']).to.deep.include({
      value: 'nombre-asociado',
      label: 'Nombre ASociado',
      correo: '',
      centralita: '+57161',
      numeroCuenta: '86001',
      contactoPrincipal: 'Sonia',
      ciudad: ''
    });
    expect(preset.referencePrefix).to.equal('CAS');
    const seedCase = preset.cases!.find(sample => sample.subject === 'Arreglo al reporte Equipos sin Endpoint')!;
    expect(seedCase).to.include({ priority: 'normal', statusId: 'en-revision' });
    expect(preset.statuses.find(status => status.id === 'en-revision')?.label).to.equal('En Revisión');
    expect(
      fieldOf(preset, form!.id, 'cliente').options!.find(o => o.value === seedCase.fields!['cliente'])?.label
    ).to.equal('INOVAIT SAS');
    const opened = new Date(Date.now() - seedCase.daysAgo * 86_400_000);
    expect(opened.toISOString().slice(0, 16)).to.equal('2019-12-26T16:24');
    expect(preset.entitlements![0]).to.deep.include({
      customer: 'NOMBRE DEL CLIENTE',
      start: '2020-02-01',
      end: '2021-02-01',
      allocationLabel: 'Número de horas',
      remaining: 25
    });
    expect(preset.entitlements![0]!.status.label).to.equal('En espera');
    expect(preset.entitlements!.length).to.be.at.least(2);
    expect(preset.capabilities?.accounts).to.deep.include({ signup: { mode: 'none' }, passwordReset: { mode: 'api' } });
  });

  it('002 category-cards: the five cards', () => {
    expect(presets['category-cards']!.categories.map(category => category.name)).to.deep.equal([
      'Solicitudes',
      'Inconveniente Técnico',
      'Consultas',
      'Plataforma Inaccesible',
      'LinkedIn'
    ]);
  });

  it("003 company-tickets: the ticket form, three images and one document, the seed's states, invoices", () => {
    const preset = presets['company-tickets']!;
    expect(preset.categories.map(category => category.name)).to.deep.equal(['Tickets de mi empresa']);
    const [form] = preset.forms;
    expect(form!.fields.map(field => field.label)).to.deep.equal([
      'Asunto',
      'Aplicación',
      'Módulo',
      'Departamento',
      'Descripción'
    ]);
    expect(form!.priorityField).to.equal(true);
    expect(form!.attachments).to.deep.include({ maxFiles: 4, perKind: { image: 3, document: 1 } });
    const modulo = fieldOf(preset, form!.id, 'modulo');
    expect(modulo.dependsOn).to.equal('aplicacion');
    const aplicacion = fieldOf(preset, form!.id, 'aplicacion');
    const administrativo = aplicacion.options!.find(option => option.label === 'Administrativo')!;
    expect(modulo.optionsByParent![administrativo.value]!.map(option => option.label)).to.include('Administrativo');
    expect(Object.keys(modulo.optionsByParent!).sort()).to.deep.equal(
      aplicacion.options!.map(option => option.value).sort()
    );
    expect(fieldOf(preset, form!.id, 'departamento').options!.map(option => option.label)).to.include(
      'Soporte Técnico'
    );
    const labels = preset.statuses.map(status => status.label);
    expect(labels).to.include.members(['Esperando respuesta', 'Respondido', 'Cerrado']);
    expect(preset.cases!.some(sample => sample.priority === 'urgent')).to.equal(true);
    const invoices = preset.invoices!;
    expect(invoices.every(invoice => invoice.currency === 'COP')).to.equal(true);
    expect([...new Set(invoices.map(invoice => invoice.status))]).to.include.members(['paid', 'open', 'overdue']);
    expect(preset.capabilities).to.deep.include({ invoices: true, entitlements: false });
    expect(preset.capabilities?.cases).to.deep.include({ organizationScope: true });
  });

  it('004 cloud-services: departments, attention modes, the routing cascade and the accept list', () => {
    const preset = presets['cloud-services']!;
    const [form] = preset.forms;
    expect(form!.title).to.equal('Abrir caso');
    expect(form!.departments!.map(department => department.label)).to.deep.equal(['Técnico', 'Contas e faturamento']);
    expect(form!.channels).to.deep.equal(['ticket', 'phone']);
    expect(form!.fields.map(shownLabel)).to.deep.equal([
      'Servicio',
      'Asunto del Caso de Soporte',
      'Añade comentarios sobre el caso',
      'Destinatarios (opcional)'
    ]);
    expect(form!.fields.map(field => field.kind)).to.deep.equal(['cascade', 'text', 'richtext', 'recipients']);
    const cascade = fieldOf(preset, form!.id, 'servicio');
    expect(cascade.levels).to.deep.equal(['Servicio', 'Tema', 'Ítem', 'Categoría']);
    const options = cascade.options!;
    expect(labelsAt(options, 0)).to.include.members(['Datos', 'Computación en la Nube', 'Cuentas']);
    expect(labelsAt(options, 1)).to.include.members([
      'Autosky',
      'Data Stack',
      'Facturación y cobranza',
      'Cancelación',
      'Contrato'
    ]);
    expect(labelsAt(options, 2)).to.include.members(['Solicitud', 'Orientaciones generales']);
    expect(labelsAt(options, 3)).to.include.members([
      'Otras solicitudes',
      'Problemas de acceso',
      'Consultas',
      'Recibo de pago',
      'Renovación',
      'Finalización de contrato'
    ]);
    // Every branch reaches the fourth level, so a completed cascade always routes to a team.
    const depth = (level: readonly FieldOption[]): number[] =>
      level.flatMap(option => (option.children?.length ? depth(option.children).map(d => d + 1) : [1]));
    expect(new Set(depth(options))).to.deep.equal(new Set([4]));
    expect(form!.subjectField).to.equal('asunto');
    expect(form!.descriptionField).to.equal('comentarios');
    expect(form!.attachments).to.deep.include({ maxFiles: 5, maxFileBytes: 10 * 1024 * 1024 });
    expect(form!.attachments!.accept).to.deep.equal(
      'image/*, .pdf, .csv, .txt, .xlsx, .xls, .doc, .docx, .zip, .rar, .pfx, .mp4, .mkv, .avi, .mov, .webm'.split(', ')
    );
    expect(preset.capabilities?.phoneCallBack).to.equal(true);
  });
});
