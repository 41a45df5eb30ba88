import {
  Case as CaseSchema,
  HelpDeskError,
  PRIORITY_ORDER,
  validateFieldValues,
  type Case,
  type CaseInput,
  type CaseQuery,
  type CaseSortField,
  type FieldProblem,
  type FieldValue,
  type Page,
  type Priority
} from '../../core/index.js';
import { checked } from '../http/responses.js';
import { categoryPathOf, formIdOf, requestTypePlace, type Catalog } from './catalog.js';
import { API, segment, type CallContext } from './client.js';
import type { JiraContext } from './context.js';
import { decodeFieldValue, DESCRIPTION, encodeFieldValues, SUBJECT, type MappedForm } from './fields.js';
import type { JiraForms } from './forms.js';
import { withCreateRetries, type IdempotencyGuard } from './idempotency.js';
import { isoOf, keysetPage, pageSize, type Keyed, type SortKey } from './paging.js';
import {
  AttachmentCreateResultDto,
  CustomerRequestDto,
  paged,
  TransitionDto,
  type CustomerRequestDto as RequestDto
} from './schemas.js';
import type { JiraSession } from './session.js';
import { mapStatus, requestStatusFor } from './statuses.js';
import { mapAttachment, type JiraUploads } from './uploads.js';
import { toJiraText } from './wiki.js';

// Customer requests as cases: `POST /request` to raise one, `GET /request` for "created by me" (OWNED_REQUESTS) and
// "my organization" (OWNED_REQUESTS + ALL_ORGANIZATIONS) with `requestStatus` and `searchTerm` (summary only), and
// `GET /request/{key}` to read one. The request key (SOP-42) is both the case id and its reference.

/** Expansions that fill a case: its request type (for the category path), participants and attachments. */
const EXPAND = ['requestType', 'participant', 'attachment'];
const pagedRequests = paged(CustomerRequestDto);
const SNAPSHOT_MS = 30_000;
/** A created request's time is Jira's clock, the attempt's start is the browser's: allow this much skew. */
const CLOCK_SKEW_MS = 5 * 60_000;
const SORT_FIELDS: readonly CaseSortField[] = ['createdAt', 'updatedAt', 'reference', 'subject', 'priority', 'status'];

const PRIORITY_BY_NAME: Readonly<Record<string, Priority>> = {
  highest: 'urgent',
  blocker: 'urgent',
  critical: 'urgent',
  urgent: 'urgent',
  high: 'high',
  major: 'high',
  medium: 'normal',
  normal: 'normal',
  low: 'low',
  lowest: 'low',
  minor: 'low',
  trivial: 'low'
};

const RULE_MESSAGES: Readonly<Record<FieldProblem['rule'], string>> = {
  required: 'Required.',
  pattern: 'Not in the expected format.',
  minLength: 'Too short.',
  maxLength: 'Too long.',
  min: 'Too small.',
  max: 'Too large.',
  email: 'Not an e-mail address.',
  phone: 'Not a phone number.',
  number: 'Not a number.',
  date: 'Not a date.',
  option: 'Choose one of the options.',
  taxid: 'Not a valid tax id.'
};

function fieldValueOf(dto: RequestDto, fieldId: string): unknown {
  return dto.requestFieldValues?.find(item => item.fieldId === fieldId)?.value;
}

function priorityOf(dto: RequestDto): Priority {
  const value = fieldValueOf(dto, 'priority');
  const name = value && typeof value === 'object' ? (value as { name?: unknown }).name : undefined;
  return (typeof name === 'string' && PRIORITY_BY_NAME[name.trim().toLowerCase()]) || 'normal';
}

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** A case from a customer request; `preferredCategory` is the category the customer raised it from, when known. */
export function mapCase(
  ctx: JiraContext,
  dto: RequestDto,
  catalog: Catalog | undefined,
  preferredCategory?: string
): Case {
  const createdAt = isoOf(dto.createdDate);
  if (!createdAt) {
    throw new HelpDeskError('server', `Jira sent request ${dto.issueKey} without its creation date.`, {
      reason: 'malformed-response'
    });
  }
  const statusAt = isoOf(dto.currentStatus?.statusDate);
  const updatedAt = statusAt && statusAt > createdAt ? statusAt : createdAt;
  const fields: Record<string, FieldValue> = {};
  for (const item of dto.requestFieldValues ?? []) {
    if (item.fieldId === SUBJECT || item.fieldId === DESCRIPTION) continue;
    const value = decodeFieldValue(item.value);
    if (value !== undefined) fields[item.fieldId] = value;
  }
  const summary = fieldValueOf(dto, SUBJECT);
  const description = fieldValueOf(dto, DESCRIPTION);
  const reporter = dto.reporter;
  const participants = dto.participants?.values;
  const serviceDeskId = dto.serviceDeskId ?? dto.requestType?.serviceDeskId ?? '';
  const requestTypeId = dto.requestTypeId ?? dto.requestType?.id ?? '';
  const value: Case = {
    id: dto.issueKey,
    reference: dto.issueKey,
    subject: typeof summary === 'string' ? summary : '',
    description: typeof description === 'string' ? description : '',
    descriptionFormat: 'text',
    status: mapStatus(ctx.statuses, dto.currentStatus),
    priority: priorityOf(dto),
    categoryPath: categoryPathOf(
      catalog,
      serviceDeskId,
      { id: requestTypeId, name: dto.requestType?.name },
      preferredCategory
    ),
    channel: 'ticket',
    fields,
    attachments: (dto.attachments?.values ?? []).map((item, index) => mapAttachment(ctx, dto.issueKey, item, index)),
    requester: {
      ...(reporter?.accountId ? { id: reporter.accountId } : {}),
      name: reporter?.displayName ?? reporter?.emailAddress ?? 'Customer',
      ...(reporter?.emailAddress ? { email: reporter.emailAddress } : {})
    },
    ...(participants
      ? {
          recipients: participants
            .map(user => user.emailAddress ?? user.displayName ?? user.accountId)
            .filter((item): item is string => typeof item === 'string')
        }
      : {}),
    createdAt,
    updatedAt
  };
  return checked(CaseSchema, value, `request ${dto.issueKey}`);
}

function sortKeyOf(item: Case, field: CaseSortField): SortKey {
  switch (field) {
    case 'createdAt':
      return Date.parse(item.createdAt);
    case 'updatedAt':
      return Date.parse(item.updatedAt);
    case 'reference': {
      const [project = '', number = '0'] = item.reference.split('-');
      return `${project}-${number.padStart(12, '0')}`;
    }
    case 'subject':
      return fold(item.subject);
    case 'priority':
      return PRIORITY_ORDER.indexOf(item.priority);
    case 'status':
      return fold(item.status.label);
  }
}

/** Text as Jira may store it: line ends and surrounding space normalized. */
function same(stored: unknown, sent: string): boolean {
  const norm = (text: string) => text.replace(/\r\n?/g, '\n').trim();
  return typeof stored === 'string' && norm(stored) === norm(sent);
}

function invalid(message: string, fieldErrors: Record<string, string>): HelpDeskError {
  return new HelpDeskError('invalid', message, { fieldErrors });
}

export interface CaseDeps {
  ctx: JiraContext;
  forms: JiraForms;
  uploads: JiraUploads;
  session: JiraSession;
  guard: IdempotencyGuard;
}

export class JiraCases {
  readonly #snapshots = new Map<string, { at: number; cases: { value: Case; issueId: string }[]; complete: boolean }>();

  constructor(private readonly deps: CaseDeps) {}

  /** Listings change after a create, a reply or a transition: forget the pages kept for cursors. */
  changed(): void {
    this.#snapshots.clear();
  }

  async #read(issueKey: string, call: CallContext, preferredCategory?: string): Promise<Case> {
    const { ctx } = this.deps;
    const params = new URLSearchParams(EXPAND.map(item => ['expand', item]));
    const path = `${API}request/${segment(issueKey, 'Case')}`;
    const dto = await ctx.client.get(path, params, CustomerRequestDto, 'getCase()', call);
    if (dto.serviceDeskId) ctx.lastServiceDeskId = dto.serviceDeskId;
    return mapCase(ctx, dto, await ctx.catalogIfAvailable(call), preferredCategory);
  }

  async getCase(id: string, call: CallContext = {}): Promise<Case> {
    await this.deps.ctx.client.requireSession();
    return this.#read(id, call);
  }

  // --- create ---------------------------------------------------------------------------------------------------------

  #check(mapped: MappedForm, input: CaseInput): void {
    const { form } = mapped;
    const values: Record<string, FieldValue> = {
      ...input.fields,
      [SUBJECT]: typeof input.subject === 'string' ? input.subject.trim() : '',
      ...(form.descriptionField ? { [DESCRIPTION]: input.description ?? '' } : {})
    };
    const errors: Record<string, string> = {};
    for (const [id, problem] of Object.entries(validateFieldValues(form, values))) {
      errors[id] = problem.message ?? RULE_MESSAGES[problem.rule];
    }
    const files = input.attachments ?? [];
    if (files.length > 0 && !form.attachments) errors['attachments'] = 'This request type takes no files.';
    else if (form.attachments?.required && files.length === 0) errors['attachments'] = RULE_MESSAGES.required;
    else if (form.attachments && files.length > form.attachments.maxFiles) errors['attachments'] = 'Too many files.';
    if (Object.keys(errors).length > 0) throw invalid('Some fields need attention.', errors);
  }

  async createCase(input: CaseInput, call: CallContext & { idempotencyKey: string }): Promise<Case> {
    const { ctx, forms, uploads, session, guard } = this.deps;
    await ctx.client.requireSession();
    const catalog = await ctx.catalog(call);
    const place = requestTypePlace(catalog, input.categoryId);
    const formId = formIdOf(place.serviceDeskId, place.requestTypeId);
    if (input.formId !== undefined && input.formId !== formId) {
      throw invalid(`Form "${input.formId}" is not the form of this category.`, { formId: 'Another category.' });
    }
    const mapped = await forms.mapped(formId, call);
    this.#check(mapped, input);
    const user = await session.user(call);

    const subject = input.subject.trim();
    const description = mapped.form.descriptionField
      ? toJiraText(input.description ?? '', input.descriptionFormat)
      : '';
    const requestFieldValues = encodeFieldValues(mapped, {
      ...input.fields,
      [SUBJECT]: subject,
      ...(mapped.form.descriptionField ? { [DESCRIPTION]: description } : {})
    });
    const files = input.attachments ?? [];
    const recipients = (input.recipients ?? []).filter(item => typeof item === 'string' && item.trim() !== '');
    const key = call.idempotencyKey;

    const result = await withCreateRetries(ctx.client.resolved, call.signal, () =>
      guard.run(`case|${user.id}`, key, {
        attempt: async created => {
          const raise = (temporary: string[]) => {
            const body = {
              serviceDeskId: place.serviceDeskId,
              requestTypeId: place.requestTypeId,
              requestFieldValues: {
                ...requestFieldValues,
                ...(temporary.length > 0 ? { attachment: temporary } : {})
              },
              ...(recipients.length > 0 ? { requestParticipants: recipients } : {}),
              isAdfRequest: false
            };
            return ctx.client.post(`${API}request`, body, CustomerRequestDto, 'createCase()', {
              ...call,
              // For the proxy: Jira ignores it; the example proxy answers a repeated key with the first answer.
              headers: { 'Idempotency-Key': key }
            });
          };
          // With an attachment field the files go in with the create, in one step; else they are attached after it.
          const dto = mapped.attachmentField
            ? await uploads.send(files, place.serviceDeskId, call, raise)
            : await raise([]);
          created(dto.issueKey);
          this.changed();
          if (!mapped.attachmentField && files.length > 0) {
            await uploads.send(files, place.serviceDeskId, call, ids => this.#attach(dto.issueKey, ids, call));
          }
          return this.#read(dto.issueKey, call, input.categoryId);
        },
        recover: (startedAt, claimed) =>
          this.#findRaised(
            { place, subject, description: mapped.form.descriptionField ? description : undefined },
            startedAt,
            claimed,
            call
          ),
        resume: async issueKey => {
          if (!mapped.attachmentField && files.length > 0)
            await this.#attachMissing(issueKey, files, place.serviceDeskId, call);
          this.changed();
          return this.#read(issueKey, call, input.categoryId);
        }
      })
    );
    return result;
  }

  async #attach(issueKey: string, temporaryAttachmentIds: string[], call: CallContext): Promise<void> {
    const path = `${API}request/${segment(issueKey, 'Case')}/attachment`;
    await this.deps.ctx.client.post(
      path,
      { temporaryAttachmentIds, public: true },
      AttachmentCreateResultDto,
      'createCase() attachments',
      call
    );
  }

  /** After an interrupted create: attach the files the request does not have yet (by name and size). */
  async #attachMissing(
    issueKey: string,
    files: CaseInput['attachments'],
    serviceDeskId: string,
    call: CallContext
  ): Promise<void> {
    const current = await this.#read(issueKey, call);
    const missing = files.filter(
      file => !current.attachments.some(item => item.name === file.name && item.size === file.size)
    );
    if (missing.length === 0) return;
    await this.deps.uploads.send(missing, serviceDeskId, call, ids => this.#attach(issueKey, ids, call));
  }

  /**
   * A request the interrupted attempt raised: this customer's, of the same request type, with the same summary (and
   * description), created since the attempt began and not claimed by another key. Jira's listing can lag a moment
   * behind a create, so an empty answer is asked again twice.
   */
  async #findRaised(
    sent: { place: { serviceDeskId: string; requestTypeId: string }; subject: string; description: string | undefined },
    startedAt: number,
    claimed: ReadonlySet<string>,
    call: CallContext
  ): Promise<string | undefined> {
    const { ctx } = this.deps;
    const params = new URLSearchParams([
      ['requestOwnership', 'OWNED_REQUESTS'],
      ['requestStatus', 'ALL_REQUESTS'],
      ['start', '0'],
      ['limit', '50']
    ]);
    if (/^\d+$/.test(sent.place.serviceDeskId) && /^\d+$/.test(sent.place.requestTypeId)) {
      params.set('serviceDeskId', sent.place.serviceDeskId);
      params.set('requestTypeId', sent.place.requestTypeId);
    }
    for (let round = 0; round < 3; round++) {
      if (round > 0) await new Promise(resolve => setTimeout(resolve, 400));
      const page = await ctx.client.get(`${API}request`, params, pagedRequests, 'createCase() recovery', call);
      const found = page.values
        .filter(dto => {
          const created = Date.parse(isoOf(dto.createdDate) ?? '');
          return (
            !claimed.has(dto.issueKey) &&
            (dto.requestTypeId === undefined || dto.requestTypeId === sent.place.requestTypeId) &&
            same(fieldValueOf(dto, SUBJECT), sent.subject) &&
            (sent.description === undefined || same(fieldValueOf(dto, DESCRIPTION) ?? '', sent.description)) &&
            created >= startedAt - CLOCK_SKEW_MS
          );
        })
        .sort((a, b) => (a.createdDate?.epochMillis ?? 0) - (b.createdDate?.epochMillis ?? 0));
      if (found[0]) return found[0].issueKey;
    }
    return undefined;
  }

  // --- list -----------------------------------------------------------------------------------------------------------

  async listCases(query: CaseQuery, call: CallContext = {}): Promise<Page<Case>> {
    const { ctx } = this.deps;
    await ctx.client.requireSession();
    if (query?.scope !== 'mine' && query?.scope !== 'organization') {
      throw invalid('Choose the cases to list: mine or organization.', { scope: 'Unknown scope.' });
    }
    const size = pageSize(query.size, 25);
    const sort = query.sort ?? { field: 'updatedAt', direction: 'desc' };
    if (!SORT_FIELDS.includes(sort.field) || (sort.direction !== 'asc' && sort.direction !== 'desc')) {
      throw invalid('Cases cannot be sorted that way.', { sort: 'Unknown sort.' });
    }
    const search = query.search?.trim() ?? '';
    const filter = {
      scope: query.scope,
      categories: [...(query.statusCategories ?? [])].sort(),
      statusIds: [...(query.statusIds ?? [])].sort(),
      search
    };
    const snapshotKey = JSON.stringify(filter);
    let snapshot = this.#snapshots.get(snapshotKey);
    if (!query.cursor || !snapshot || Date.now() - snapshot.at > SNAPSHOT_MS) {
      snapshot = await this.#scan(filter, call);
      this.#snapshots.set(snapshotKey, snapshot);
    }
    const keyed: Keyed<Case>[] = snapshot.cases.map(({ value, issueId }) => ({
      item: value,
      key: sortKeyOf(value, sort.field),
      id: issueId
    }));
    const page = keysetPage(keyed, `cases:${sort.field}:${sort.direction}`, sort.direction, query.cursor, size);
    return { ...page, ...(snapshot.complete ? { total: snapshot.cases.length } : {}) };
  }

  async #scan(
    filter: { scope: 'mine' | 'organization'; categories: string[]; statusIds: string[]; search: string },
    call: CallContext
  ) {
    const { ctx } = this.deps;
    const params = new URLSearchParams();
    params.append('requestOwnership', 'OWNED_REQUESTS');
    if (filter.scope === 'organization') params.append('requestOwnership', 'ALL_ORGANIZATIONS');
    params.set('requestStatus', requestStatusFor(filter.categories as CaseQuery['statusCategories']));
    if (filter.search !== '') params.set('searchTerm', filter.search);
    if (ctx.options.serviceDeskId !== undefined && /^\d+$/.test(ctx.options.serviceDeskId)) {
      params.set('serviceDeskId', ctx.options.serviceDeskId);
    }
    for (const item of EXPAND) params.append('expand', item);
    const [{ items, complete }, catalog] = await Promise.all([
      ctx.client.scan(`${API}request`, params, CustomerRequestDto, 'listCases()', { ...call, max: ctx.maxScan }),
      ctx.catalogIfAvailable(call)
    ]);
    const cases = items
      .map(dto => ({ value: mapCase(ctx, dto, catalog), issueId: dto.issueId ?? dto.issueKey }))
      .filter(({ value }) => filter.categories.length === 0 || filter.categories.includes(value.status.category))
      .filter(({ value }) => filter.statusIds.length === 0 || filter.statusIds.includes(value.status.id));
    return { at: Date.now(), cases, complete };
  }

  // --- transitions ------------------------------------------------------------------------------------------------------

  /** Runs the first customer transition named in `names`; without one, a case already there is returned as it is. */
  async transition(id: string, names: readonly string[], toClosed: boolean, call: CallContext = {}): Promise<Case> {
    const { ctx } = this.deps;
    await ctx.client.requireSession();
    const base = `${API}request/${segment(id, 'Case')}/transition`;
    const { items } = await ctx.client.scan(base, new URLSearchParams(), TransitionDto, 'the transitions', call);
    const wanted = names.map(name => name.trim().toLowerCase());
    const transition = items.find(item => wanted.includes(item.name.trim().toLowerCase()));
    if (!transition) {
      const current = await this.#read(id, call);
      const closed = current.status.category === 'resolved' || current.status.category === 'closed';
      if (closed === toClosed) return current;
      throw new HelpDeskError(
        'conflict',
        `"${current.status.label}" cannot be ${toClosed ? 'closed' : 'reopened'} from here.`
      );
    }
    await ctx.client.postEmpty(base, { id: transition.id }, call);
    this.changed();
    return this.#read(id, call);
  }
}
