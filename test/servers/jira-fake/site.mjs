// One in-memory Jira Service Management site of the fake: service desks, request type groups, request types with
// their fields, customers in organizations, customer requests with comments and attachments, temporary attachments,
// customer transitions and knowledge base articles. Answers are built in the shapes of the official document's DTOs;
// the HTTP layer (../jira-fake.mjs) validates them against it before they leave.
import { randomBytes } from 'node:crypto';

const CT = 'com.atlassian.jira.plugin.system.customfieldtypes';

/** An error answer: Jira's ErrorResponse `{ errorMessage }` with an HTTP status. */
export class JiraError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

const text = (fieldId, name, required, custom = `${CT}:textfield`) => ({
  fieldId,
  name,
  required,
  jiraSchema: { type: 'string', custom, customId: Number(fieldId.replace(/\D/g, '')) }
});

const options = (...pairs) => pairs.map(([value, label, children = []]) => ({ value, label, children }));

/** The seed: what `POST /_control/sites` builds unless the test passes its own. */
export function defaultSeed() {
  return {
    organizations: [
      { id: '1', name: 'Acme S.A.S.' },
      { id: '2', name: 'Otra Empresa Ltda.' }
    ],
    users: [
      { key: 'ana', displayName: 'Ana Pérez', emailAddress: 'ana@acme.test', organizations: ['1'] },
      { key: 'beto', displayName: 'Beto Gómez', emailAddress: 'beto@acme.test', organizations: ['1'] },
      { key: 'carla', displayName: 'Carla Ruiz', emailAddress: 'carla@otra.test', organizations: ['2'] },
      { key: 'agent', displayName: 'Agente de Soporte', emailAddress: 'soporte@scan.test', agent: true }
    ],
    serviceDesks: [
      {
        id: '1',
        projectId: '10000',
        projectKey: 'SOP',
        projectName: 'Soporte Técnico',
        groups: [
          { id: '1', name: 'Servicio Técnico' },
          { id: '2', name: 'Consultas' }
        ],
        requestTypes: [
          {
            id: '10',
            name: 'Soporte Técnico',
            description: 'Reporte una falla o un incidente de garantía.',
            helpText: 'Diligencie los datos del equipo afectado.',
            groupIds: ['1'],
            fields: [
              { fieldId: 'summary', name: 'Asunto', required: true, jiraSchema: { type: 'string', system: 'summary' } },
              text('customfield_10050', 'Empresa u Organización', true),
              text('customfield_10051', 'NIT', true),
              text('customfield_10052', 'Contacto', false),
              text('customfield_10053', 'Dirección empresa', true),
              text('customfield_10054', 'Teléfono', true),
              {
                fieldId: 'customfield_10055',
                name: 'Marca',
                required: true,
                jiraSchema: { type: 'option', custom: `${CT}:select`, customId: 10055 },
                validValues: options(['10200', 'Zebra'], ['10201', 'Honeywell'], ['10202', 'OTROS'])
              },
              text('customfield_10056', 'Modelo', true),
              text('customfield_10057', 'Serial', true),
              {
                fieldId: 'description',
                name: 'Descripción de la falla',
                required: false,
                jiraSchema: { type: 'string', system: 'description' }
              },
              {
                fieldId: 'attachment',
                name: 'Archivo adjunto',
                required: false,
                jiraSchema: { type: 'array', items: 'attachment', system: 'attachment' }
              }
            ]
          },
          {
            id: '11',
            name: 'Consulta general',
            description: 'Preguntas sobre productos y servicios.',
            groupIds: ['1', '2'],
            fields: [
              {
                fieldId: 'summary',
                name: 'Resumen',
                required: true,
                jiraSchema: { type: 'string', system: 'summary' }
              },
              {
                fieldId: 'description',
                name: 'Detalle',
                required: true,
                jiraSchema: { type: 'string', system: 'description' }
              }
            ]
          },
          {
            id: '12',
            name: 'Servicios en la nube',
            description: 'Cómputo y almacenamiento.',
            helpText: 'Elija el servicio y el tema.',
            groupIds: ['2'],
            canAddRequestParticipants: true,
            fields: [
              { fieldId: 'summary', name: 'Asunto', required: true, jiraSchema: { type: 'string', system: 'summary' } },
              {
                fieldId: 'description',
                name: 'Comentarios',
                required: false,
                jiraSchema: { type: 'string', system: 'description' }
              },
              {
                fieldId: 'customfield_10060',
                name: 'Servicio',
                required: true,
                jiraSchema: { type: 'option-with-child', custom: `${CT}:cascadingselect`, customId: 10060 },
                validValues: options(
                  ['10300', 'Cómputo', options(['10310', 'Máquinas virtuales'], ['10311', 'Contenedores'])],
                  ['10301', 'Almacenamiento', options(['10320', 'Objetos'])]
                )
              },
              {
                fieldId: 'customfield_10061',
                name: 'Ambientes',
                required: false,
                jiraSchema: { type: 'array', items: 'option', custom: `${CT}:multicheckboxes`, customId: 10061 },
                validValues: options(['10400', 'Producción'], ['10401', 'Pruebas'])
              },
              {
                fieldId: 'customfield_10062',
                name: 'Usuarios afectados',
                required: false,
                jiraSchema: { type: 'number', custom: `${CT}:float`, customId: 10062 }
              },
              {
                fieldId: 'customfield_10063',
                name: 'Fecha del incidente',
                required: false,
                jiraSchema: { type: 'date', custom: `${CT}:datepicker`, customId: 10063 }
              },
              {
                fieldId: 'priority',
                name: 'Prioridad',
                required: false,
                jiraSchema: { type: 'priority', system: 'priority' },
                validValues: options(['1', 'Highest'], ['2', 'High'], ['3', 'Medium'], ['4', 'Low'], ['5', 'Lowest']),
                defaultValues: options(['3', 'Medium'])
              },
              {
                fieldId: 'customfield_10064',
                name: 'Responsable',
                required: false,
                jiraSchema: { type: 'user', custom: `${CT}:userpicker`, customId: 10064 }
              },
              {
                fieldId: 'customfield_10065',
                name: 'Notas',
                required: false,
                jiraSchema: { type: 'string', custom: `${CT}:textarea`, customId: 10065 }
              },
              {
                fieldId: 'attachment',
                name: 'Evidencias',
                required: true,
                jiraSchema: { type: 'array', items: 'attachment', system: 'attachment' }
              }
            ]
          },
          {
            // A request type without a group is hidden from the portal.
            id: '13',
            name: 'Uso interno',
            description: 'No aparece en el portal.',
            groupIds: [],
            fields: [
              { fieldId: 'summary', name: 'Resumen', required: true, jiraSchema: { type: 'string', system: 'summary' } }
            ]
          }
        ]
      },
      {
        id: '2',
        projectId: '10001',
        projectKey: 'FAC',
        projectName: 'Facturación',
        groups: [{ id: '3', name: 'Pagos' }],
        requestTypes: [
          {
            id: '20',
            name: 'Duda de factura',
            description: 'Cobros y facturas.',
            groupIds: ['3'],
            fields: [
              {
                fieldId: 'summary',
                name: 'Resumen',
                required: true,
                jiraSchema: { type: 'string', system: 'summary' }
              },
              {
                fieldId: 'description',
                name: 'Detalle',
                required: false,
                jiraSchema: { type: 'string', system: 'description' }
              }
            ]
          }
        ]
      }
    ],
    statuses: [
      { name: 'Waiting for support', category: 'NEW' },
      { name: 'Waiting for customer', category: 'INDETERMINATE' },
      { name: 'In progress', category: 'INDETERMINATE' },
      { name: 'Resolved', category: 'DONE' },
      { name: 'Closed', category: 'DONE' },
      { name: 'Canceled', category: 'DONE' }
    ],
    initialStatus: 'Waiting for support',
    transitions: [
      { id: '11', name: 'Resolve this issue', from: 'open', to: 'Resolved' },
      { id: '21', name: 'Cancel request', from: 'open', to: 'Canceled' },
      { id: '31', name: 'Reopen', from: 'done', to: 'Waiting for support' }
    ],
    articles: [
      {
        pageId: '8786177',
        title: 'Cómo restablecer la contraseña del portal',
        excerpt: 'Si olvidó su contraseña, use el enlace de recuperación.'
      },
      {
        pageId: '8786178',
        title: 'El lector no enciende',
        excerpt: 'Revise la batería y el cargador antes de reportar la falla.'
      },
      { pageId: '8786179', title: 'Garantía de equipos', excerpt: 'Qué cubre la garantía y cómo solicitarla.' }
    ]
  };
}

function fold(value) {
  return String(value).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function wordsOf(value) {
  return fold(value).match(/[\p{L}\p{N}]+/gu) ?? [];
}

function escapeHtml(value) {
  return String(value).replace(/[&<>"']/g, c => `&#${c.charCodeAt(0)};`);
}

/** DateDTO with an ISO 8601 text in Jira's own form (`+0000`, no colon). */
function dateDto(ms) {
  const iso = new Date(ms).toISOString().replace(/\.\d{3}Z$/, '+0000');
  return {
    iso8601: iso,
    jira: new Date(ms).toISOString().replace('Z', '+0000'),
    friendly: new Date(ms).toUTCString(),
    epochMillis: ms
  };
}

export class Site {
  constructor(id, origin, basePath, seed = defaultSeed()) {
    this.id = id;
    this.origin = origin;
    this.basePath = basePath;
    this.seed = seed;
    this.users = new Map();
    this.tokens = new Map();
    for (const user of seed.users) {
      const accountId = `qm:${id}:${user.key}`;
      const token = `tok-${id}-${user.key}-${randomBytes(6).toString('hex')}`;
      this.users.set(accountId, { ...user, accountId, token, organizations: user.organizations ?? [] });
      this.tokens.set(token, accountId);
    }
    this.requests = new Map();
    this.temporary = new Map();
    this.sequence = 0;
    this.idSequence = 10000;
    this.clock = 0;
    this.faults = [];
    this.log = [];
    this.violations = [];
  }

  /** Strictly increasing times, so orderings by creation are never ambiguous. */
  now() {
    this.clock = Math.max(Date.now(), this.clock + 1);
    return this.clock;
  }

  nextId() {
    this.idSequence += 1;
    return String(this.idSequence);
  }

  url(path) {
    return `${this.origin}${this.basePath}${path}`;
  }

  // --- people -----------------------------------------------------------------------------------------------------

  userByToken(token) {
    const accountId = this.tokens.get(token);
    return accountId ? this.users.get(accountId) : undefined;
  }

  userByKey(key) {
    return [...this.users.values()].find(user => user.key === key);
  }

  userDto(user) {
    return {
      accountId: user.accountId,
      emailAddress: user.emailAddress,
      displayName: user.displayName,
      active: true,
      timeZone: 'America/Bogota',
      _links: {
        jiraRest: this.url(`/rest/api/2/user?accountId=${encodeURIComponent(user.accountId)}`),
        avatarUrls: { '48x48': this.url(`/avatar/${user.key}.png`) },
        self: this.url(`/rest/api/2/user?accountId=${encodeURIComponent(user.accountId)}`)
      }
    };
  }

  myself(user) {
    return {
      self: this.url(`/rest/api/3/user?accountId=${encodeURIComponent(user.accountId)}`),
      accountId: user.accountId,
      accountType: user.agent ? 'atlassian' : 'customer',
      emailAddress: user.emailAddress,
      displayName: user.displayName,
      active: true,
      timeZone: 'America/Bogota',
      locale: 'es_CO'
    };
  }

  // --- catalog ----------------------------------------------------------------------------------------------------

  desk(id) {
    const desk = this.seed.serviceDesks.find(item => item.id === String(id) || item.projectKey === String(id));
    if (!desk) throw new JiraError(404, `The service desk ${id} does not exist.`);
    return desk;
  }

  requestType(desk, id) {
    const type = desk.requestTypes.find(item => item.id === String(id));
    if (!type) throw new JiraError(404, `The request type ${id} does not exist in service desk ${desk.id}.`);
    return type;
  }

  deskDto(desk) {
    return {
      id: desk.id,
      projectId: desk.projectId,
      projectKey: desk.projectKey,
      projectName: desk.projectName,
      _links: { self: this.url(`/rest/servicedeskapi/servicedesk/${desk.id}`) }
    };
  }

  requestTypeDto(desk, type) {
    return {
      _expands: [],
      id: type.id,
      _links: { self: this.url(`/rest/servicedeskapi/servicedesk/${desk.id}/requesttype/${type.id}`) },
      name: type.name,
      description: type.description ?? '',
      ...(type.helpText ? { helpText: type.helpText } : {}),
      issueTypeId: '10100',
      serviceDeskId: desk.id,
      portalId: desk.id,
      groupIds: type.groupIds,
      icon: {
        id: `icon-${type.id}`,
        _links: {
          iconUrls: { '48x48': this.url(`/rest/api/2/universal_avatar/view/type/SD_REQTYPE/avatar/${type.id}`) }
        }
      }
    };
  }

  listRequestTypes(desk, { groupId, searchQuery }) {
    return desk.requestTypes.filter(type => {
      if (groupId !== undefined && !type.groupIds.includes(String(groupId))) return false;
      if (searchQuery !== undefined) {
        if (type.groupIds.length === 0) return false; // the documented rule: hidden types are left out of searches
        const haystack = fold(`${type.name} ${type.description ?? ''}`);
        if (!haystack.includes(fold(searchQuery))) return false;
      }
      return true;
    });
  }

  fieldsDto(type) {
    return {
      requestTypeFields: type.fields.map(field => ({
        fieldId: field.fieldId,
        name: field.name,
        required: field.required,
        visible: true,
        validValues: field.validValues ?? [],
        defaultValues: field.defaultValues ?? [],
        presetValues: [],
        jiraSchema: field.jiraSchema
      })),
      canRaiseOnBehalfOf: false,
      canAddRequestParticipants: type.canAddRequestParticipants === true
    };
  }

  // --- temporary attachments ----------------------------------------------------------------------------------------

  attachTemporary(user, desk, files) {
    return {
      temporaryAttachments: files.map(file => {
        const id = `temp${BigInt(`0x${randomBytes(7).toString('hex')}`)}`;
        this.temporary.set(id, {
          id,
          owner: user.accountId,
          deskId: desk.id,
          fileName: file.filename,
          mimeType: file.contentType || 'application/octet-stream',
          size: file.data.length
        });
        return { temporaryAttachmentId: id, fileName: file.filename };
      })
    };
  }

  takeTemporary(user, desk, ids) {
    const files = ids.map(id => {
      const file = this.temporary.get(id);
      if (!file || file.owner !== user.accountId || file.deskId !== desk.id) {
        throw new JiraError(400, `The temporary attachment ${id} does not exist or has expired.`);
      }
      return file;
    });
    for (const file of files) this.temporary.delete(file.id);
    return files;
  }

  // --- requests -----------------------------------------------------------------------------------------------------

  statusCategory(name) {
    return this.seed.statuses.find(status => status.name === name)?.category ?? 'UNDEFINED';
  }

  /** Checks one value against its field, as Jira's field input formats say, and returns what is stored. */
  coerceField(field, value, user, desk) {
    const { type, items } = field.jiraSchema;
    const fail = detail => {
      throw new JiraError(400, `${field.name}: ${detail}`);
    };
    const option = (candidate, list) => {
      if (candidate === null || typeof candidate !== 'object') fail('expected an object with an id.');
      const found = list.find(item => item.value === String(candidate.id ?? '') || item.label === candidate.value);
      if (!found) fail(`the option ${JSON.stringify(candidate)} is not valid.`);
      return found;
    };
    switch (type) {
      case 'string':
        if (typeof value !== 'string') fail('expected a string.');
        return value;
      case 'number':
        if (typeof value !== 'number' || !Number.isFinite(value)) fail('expected a number.');
        return value;
      case 'date':
        if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) fail('expected a date (yyyy-MM-dd).');
        return value;
      case 'option':
      case 'priority':
        return option(value, field.validValues ?? []);
      case 'option-with-child': {
        const parent = option(value, field.validValues ?? []);
        if (value.child === undefined) return { parent };
        return { parent, child: option(value.child, parent.children ?? []) };
      }
      case 'array':
        if (!Array.isArray(value)) fail('expected an array.');
        if (items === 'option') return value.map(item => option(item, field.validValues ?? []));
        if (items === 'attachment') {
          if (!value.every(item => typeof item === 'string')) fail('expected temporary attachment ids.');
          return this.takeTemporary(user, desk, value);
        }
        return value;
      default:
        fail(`this fake does not set fields of type ${type}.`);
    }
    return undefined;
  }

  createRequest(user, body) {
    if (user.agent) throw new JiraError(403, 'The fake only raises requests as customers.');
    if (body.raiseOnBehalfOf !== undefined) {
      throw new JiraError(400, 'raiseOnBehalfOf is not available to users who have the customer permission only.');
    }
    const desk = this.desk(body.serviceDeskId);
    const type = this.requestType(desk, body.requestTypeId);
    if (type.groupIds.length === 0) throw new JiraError(400, `The request type ${type.id} is not on the portal.`);
    const given = body.requestFieldValues ?? {};
    for (const fieldId of Object.keys(given)) {
      if (!type.fields.some(field => field.fieldId === fieldId)) {
        throw new JiraError(400, `The field ${fieldId} is not on the request type ${type.name}.`);
      }
    }
    const missing = type.fields.filter(field => {
      const value = given[field.fieldId];
      return (
        field.required &&
        (value === undefined || value === null || value === '' || (Array.isArray(value) && !value.length))
      );
    });
    if (missing.length > 0) {
      throw new JiraError(
        400,
        missing.map(field => `${field.name}: You must specify a value for this field.`).join(' ')
      );
    }
    const participants = body.requestParticipants ?? [];
    if (participants.length > 0) {
      if (!type.canAddRequestParticipants) throw new JiraError(400, 'Participants cannot be added to this request.');
      for (const accountId of participants) {
        if (!this.users.has(accountId)) throw new JiraError(400, `The user ${accountId} does not exist.`);
      }
    }
    // Coerce every value before anything is stored, so a refused request leaves no trace.
    const values = {};
    let attachments = [];
    for (const field of type.fields) {
      const value = given[field.fieldId];
      if (value === undefined || value === null) continue;
      const stored = this.coerceField(field, value, user, desk);
      if (field.fieldId === 'attachment') attachments = stored;
      else values[field.fieldId] = stored;
    }
    const created = this.now();
    this.sequence += 1;
    const request = {
      issueId: this.nextId(),
      issueKey: `${desk.projectKey}-${this.sequence}`,
      desk,
      type,
      reporter: user.accountId,
      participants: [...new Set(participants)],
      organizations: [...user.organizations],
      values,
      created,
      status: this.seed.initialStatus,
      statusHistory: [{ status: this.seed.initialStatus, at: created }],
      lastActivity: created,
      comments: [],
      attachments: []
    };
    for (const file of attachments) request.attachments.push(this.attachmentOf(file, user, created));
    this.requests.set(request.issueKey, request);
    return request;
  }

  attachmentOf(file, user, at) {
    return {
      id: this.nextId(),
      filename: file.fileName,
      mimeType: file.mimeType,
      size: file.size,
      author: user.accountId,
      created: at
    };
  }

  /** The request if the user may see it: theirs, one they participate in, or one shared with their organization. */
  canSee(user, request) {
    if (user.agent) return true;
    return (
      request.reporter === user.accountId ||
      request.participants.includes(user.accountId) ||
      request.organizations.some(id => user.organizations.includes(id))
    );
  }

  findRequest(idOrKey) {
    return this.requests.get(idOrKey) ?? [...this.requests.values()].find(item => item.issueId === idOrKey);
  }

  visibleRequest(user, idOrKey) {
    const request = this.findRequest(idOrKey);
    if (!request || !this.canSee(user, request)) {
      throw new JiraError(404, `The request ${idOrKey} does not exist or you do not have permission to see it.`);
    }
    return request;
  }

  listRequests(user, { requestOwnership, requestStatus, searchTerm, serviceDeskId, requestTypeId, organizationId }) {
    const ownership = requestOwnership ?? ['OWNED_REQUESTS', 'PARTICIPATED_REQUESTS', 'ALL_ORGANIZATIONS'];
    const known = [
      'OWNED_REQUESTS',
      'PARTICIPATED_REQUESTS',
      'ORGANIZATION',
      'ALL_ORGANIZATIONS',
      'APPROVER',
      'ALL_REQUESTS'
    ];
    for (const value of ownership)
      if (!known.includes(value)) throw new JiraError(400, `Unknown requestOwnership ${value}.`);
    const status = requestStatus ?? 'ALL_REQUESTS';
    if (!['OPEN_REQUESTS', 'CLOSED_REQUESTS', 'ALL_REQUESTS'].includes(status)) {
      throw new JiraError(400, `Unknown requestStatus ${status}.`);
    }
    if (ownership.includes('ORGANIZATION') && organizationId === undefined) {
      throw new JiraError(400, 'requestOwnership=ORGANIZATION needs an organizationId.');
    }
    const terms = searchTerm === undefined ? [] : wordsOf(searchTerm);
    return [...this.requests.values()]
      .filter(request => {
        const owned = request.reporter === user.accountId;
        const participated = request.participants.includes(user.accountId);
        const shared = request.organizations.filter(id => user.organizations.includes(id));
        const matches =
          ownership.includes('ALL_REQUESTS') ||
          (ownership.includes('OWNED_REQUESTS') && owned) ||
          (ownership.includes('PARTICIPATED_REQUESTS') && participated) ||
          (ownership.includes('ALL_ORGANIZATIONS') && shared.length > 0) ||
          (ownership.includes('ORGANIZATION') && shared.includes(String(organizationId)));
        if (!matches || !this.canSee(user, request)) return false;
        const done = this.statusCategory(request.status) === 'DONE';
        if (status === 'OPEN_REQUESTS' && done) return false;
        if (status === 'CLOSED_REQUESTS' && !done) return false;
        if (serviceDeskId !== undefined && request.desk.id !== String(serviceDeskId)) return false;
        if (requestTypeId !== undefined && request.type.id !== String(requestTypeId)) return false;
        if (terms.length > 0) {
          // Summary only, each term a word prefix (Jira's text search is word based; `*` is a wildcard).
          const summary = wordsOf(request.values.summary ?? '');
          return terms.every(term => summary.some(word => word.startsWith(term.replace(/\*$/, ''))));
        }
        return true;
      })
      .sort((a, b) => b.lastActivity - a.lastActivity || Number(b.issueId) - Number(a.issueId));
  }

  fieldValueDto(field, stored) {
    const optionDto = option => ({
      self: this.url(`/rest/api/2/customFieldOption/${option.value}`),
      value: option.label,
      id: option.value
    });
    switch (field.jiraSchema.type) {
      case 'option':
        return optionDto(stored);
      case 'priority':
        return { self: this.url(`/rest/api/2/priority/${stored.value}`), name: stored.label, id: stored.value };
      case 'option-with-child':
        return stored.child
          ? { ...optionDto(stored.parent), child: optionDto(stored.child) }
          : optionDto(stored.parent);
      case 'array':
        return field.jiraSchema.items === 'option' ? stored.map(optionDto) : stored;
      default:
        return stored;
    }
  }

  page(values, start, limit, path, query = {}) {
    const from = Math.max(0, start ?? 0);
    const size = Math.min(Math.max(1, limit ?? 50), 100);
    const slice = values.slice(from, from + size);
    const isLastPage = from + slice.length >= values.length;
    const link = at => {
      const search = new URLSearchParams(
        Object.entries({ ...query, start: at, limit: size }).flatMap(([k, v]) =>
          Array.isArray(v) ? v.map(item => [k, item]) : [[k, String(v)]]
        )
      );
      return this.url(`${path}?${search}`);
    };
    return {
      _expands: [],
      size: slice.length,
      start: from,
      limit: size,
      isLastPage,
      _links: {
        base: this.url('/rest/servicedeskapi'),
        context: '',
        self: link(from),
        ...(isLastPage ? {} : { next: link(from + size) }),
        ...(from > 0 ? { prev: link(Math.max(0, from - size)) } : {})
      },
      values: slice
    };
  }

  attachmentDto(request, attachment) {
    return {
      filename: attachment.filename,
      author: this.userDto(this.users.get(attachment.author)),
      created: dateDto(attachment.created),
      size: attachment.size,
      mimeType: attachment.mimeType,
      _links: {
        jiraRest: this.url(`/rest/api/2/attachment/${attachment.id}`),
        content: this.url(
          `/servicedesk/customershim/secure/attachment/${attachment.id}/${encodeURIComponent(attachment.filename)}`
        ),
        thumbnail: this.url(`/servicedesk/customershim/secure/thumbnail/${attachment.id}/_thumb_${attachment.id}.png`)
      }
    };
  }

  commentDto(request, comment, expand = []) {
    const attachments = request.attachments.filter(item => comment.attachmentIds.includes(item.id));
    return {
      _expands: ['attachment', 'renderedBody'],
      id: comment.id,
      body: comment.body,
      public: comment.public,
      author: this.userDto(this.users.get(comment.author)),
      created: dateDto(comment.created),
      ...(expand.includes('attachment')
        ? {
            attachments: this.page(
              attachments.map(item => this.attachmentDto(request, item)),
              0,
              100,
              `/rest/servicedeskapi/request/${request.issueKey}/comment/${comment.id}/attachment`
            )
          }
        : {}),
      ...(expand.includes('renderedBody') ? { renderedBody: { html: `<p>${escapeHtml(comment.body)}</p>` } } : {}),
      _links: { self: this.url(`/rest/servicedeskapi/request/${request.issueId}/comment/${comment.id}`) }
    };
  }

  requestDto(user, request, expand = []) {
    const statusDate = request.statusHistory.at(-1).at;
    const dto = {
      _expands: ['participant', 'status', 'sla', 'requestType', 'serviceDesk', 'attachment', 'action', 'comment'],
      issueId: request.issueId,
      issueKey: request.issueKey,
      requestTypeId: request.type.id,
      serviceDeskId: request.desk.id,
      createdDate: dateDto(request.created),
      reporter: this.userDto(this.users.get(request.reporter)),
      requestFieldValues: request.type.fields
        .filter(field => field.fieldId !== 'attachment' && request.values[field.fieldId] !== undefined)
        .map(field => ({
          fieldId: field.fieldId,
          label: field.name,
          value: this.fieldValueDto(field, request.values[field.fieldId]),
          ...(field.fieldId === 'description'
            ? { renderedValue: { html: `<p>${escapeHtml(request.values.description)}</p>` } }
            : {})
        })),
      currentStatus: {
        status: request.status,
        statusCategory: this.statusCategory(request.status),
        statusDate: dateDto(statusDate)
      },
      _links: {
        jiraRest: this.url(`/rest/api/2/issue/${request.issueId}`),
        web: this.url(`/servicedesk/customer/portal/${request.desk.id}/${request.issueKey}`),
        self: this.url(`/rest/servicedeskapi/request/${request.issueId}`),
        agent: this.url(`/browse/${request.issueKey}`)
      }
    };
    const base = `/rest/servicedeskapi/request/${request.issueKey}`;
    if (expand.includes('requestType')) dto.requestType = this.requestTypeDto(request.desk, request.type);
    if (expand.includes('serviceDesk')) dto.serviceDesk = this.deskDto(request.desk);
    if (expand.includes('participant')) {
      dto.participants = this.page(
        request.participants.map(id => this.userDto(this.users.get(id))),
        0,
        100,
        `${base}/participant`
      );
    }
    if (expand.includes('status')) {
      dto.status = this.page(
        request.statusHistory.map(item => ({
          status: item.status,
          statusCategory: this.statusCategory(item.status),
          statusDate: dateDto(item.at)
        })),
        0,
        100,
        `${base}/status`
      );
    }
    if (expand.includes('attachment')) {
      dto.attachments = this.page(
        request.attachments.map(item => this.attachmentDto(request, item)),
        0,
        100,
        `${base}/attachment`
      );
    }
    if (expand.includes('comment')) {
      const visible = request.comments.filter(comment => comment.public || user.agent);
      dto.comments = this.page(
        visible.map(comment => this.commentDto(request, comment)),
        0,
        100,
        `${base}/comment`
      );
    }
    if (expand.includes('action')) {
      dto.actions = {
        addAttachment: { allowed: true },
        addComment: { allowed: true },
        addParticipant: { allowed: request.type.canAddRequestParticipants === true },
        removeParticipant: { allowed: request.type.canAddRequestParticipants === true }
      };
    }
    return dto;
  }

  addComment(user, request, { body, public: isPublic = true }, attachmentIds = []) {
    if (typeof body !== 'string' || body.trim() === '') throw new JiraError(400, 'The comment body is required.');
    if (!user.agent && isPublic === false) throw new JiraError(403, 'Customers can only add public comments.');
    const created = this.now();
    const comment = { id: this.nextId(), body, public: isPublic, author: user.accountId, created, attachmentIds };
    request.comments.push(comment);
    request.lastActivity = created;
    return comment;
  }

  addAttachments(user, request, { temporaryAttachmentIds = [], public: isPublic = true, additionalComment }) {
    if (!user.agent && isPublic === false) throw new JiraError(403, 'Customers can only add public attachments.');
    if (temporaryAttachmentIds.length === 0) throw new JiraError(400, 'No temporary attachments were given.');
    if (additionalComment && (typeof additionalComment.body !== 'string' || additionalComment.body.trim() === '')) {
      throw new JiraError(400, 'The additional comment has no body.');
    }
    const files = this.takeTemporary(user, request.desk, temporaryAttachmentIds);
    return this.attachFiles(user, request, files, additionalComment);
  }

  attachFiles(user, request, files, additionalComment) {
    const at = this.now();
    const attachments = files.map(file => this.attachmentOf(file, user, at));
    request.attachments.push(...attachments);
    request.lastActivity = at;
    const comment = additionalComment
      ? this.addComment(
          user,
          request,
          { body: additionalComment.body, public: true },
          attachments.map(item => item.id)
        )
      : undefined;
    return { attachments, comment };
  }

  transitionsFor(request) {
    const done = this.statusCategory(request.status) === 'DONE';
    return this.seed.transitions.filter(item => (item.from === 'done') === done && item.to !== request.status);
  }

  setStatus(request, status) {
    if (!this.seed.statuses.some(item => item.name === status)) throw new JiraError(400, `Unknown status ${status}.`);
    const at = this.now();
    request.status = status;
    request.statusHistory.push({ status, at });
    request.lastActivity = at;
  }

  searchArticles(query) {
    const terms = wordsOf(query);
    return this.seed.articles.filter(article => {
      const words = wordsOf(`${article.title} ${article.excerpt}`);
      return terms.length > 0 && terms.some(term => words.some(word => word.startsWith(term)));
    });
  }

  articleDto(article, highlight, query) {
    const mark = value =>
      highlight
        ? wordsOf(query).reduce(
            (out, term) => out.replace(new RegExp(`(${term})`, 'giu'), '@@@hl@@@$1@@@endhl@@@'),
            value
          )
        : value;
    return {
      title: mark(article.title),
      excerpt: mark(article.excerpt),
      source: { type: 'confluence', pageId: article.pageId, spaceKey: 'KB' },
      content: { iframeSrc: this.url(`/rest/servicedeskapi/knowledgebase/article/view/${article.pageId}`) }
    };
  }
}
