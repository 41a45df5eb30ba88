// What the fake Zendesk checks beyond what the official Support API document declares, each with its source.
//
// The document (../shared/specs/zendesk-support-api.oas.yaml, see SOURCES.md) describes the responses of the end-user
// Requests API well, but it declares no request bodies for the calls the adapter makes, leaves pagination and a few
// documented parameters out of the parameter lists, declares no error answers, and types custom field values as
// strings. Everything below fills one of those gaps, and nothing else: a request or answer that passes the document
// and these notes is what Zendesk documents. Each entry says where its shape comes from.

const SPEC = 'zendesk.json#/components/schemas';

/** Pagination parameters Zendesk documents for every list endpoint ("Pagination" in the API introduction). */
const CURSOR_PAGE = {
  'page[size]': { schema: { type: 'integer', minimum: 1, maximum: 100 }, source: 'cursor pagination' },
  'page[after]': { schema: { type: 'string', minLength: 1 }, source: 'cursor pagination' }
};
const OFFSET_PAGE = {
  page: { schema: { type: 'integer', minimum: 1 }, source: 'offset pagination' },
  per_page: { schema: { type: 'integer', minimum: 1, maximum: 100 }, source: 'offset pagination' }
};
const STATUS_LIST = {
  schema: {
    type: 'string',
    pattern: '^(new|open|pending|hold|solved|closed)(,(new|open|pending|hold|solved|closed))*$'
  },
  source: 'the operation description ("status=hold,open") and the List Requests reference'
};

/**
 * Query parameters an operation takes besides its declared ones, by operationId. Any other undeclared parameter is a
 * violation.
 */
export const UNDECLARED_QUERY = {
  ListRequests: { ...CURSOR_PAGE, status: STATUS_LIST },
  SearchRequests: { ...OFFSET_PAGE, status: STATUS_LIST },
  ListComments: {
    ...CURSOR_PAGE,
    sort: { schema: { enum: ['created_at', '-created_at'] }, source: 'the operation description (Sorting)' }
  },
  ShowRequest: { include: { schema: { enum: ['users'] }, source: 'the operation description (Sideloads)' } },
  UploadFiles: {
    filename: {
      required: true,
      schema: { type: 'string', minLength: 1 },
      source: 'the operation description ("a required filename query parameter")'
    },
    token: { schema: { type: 'string', minLength: 1 }, source: 'the operation description (more files, one upload)' }
  }
};

/** A comment as a request body carries: the writable properties of TicketCommentObject that end users send. */
const COMMENT = {
  type: 'object',
  additionalProperties: false,
  properties: {
    body: { $ref: `${SPEC}/TicketCommentObject/properties/body` },
    html_body: { $ref: `${SPEC}/TicketCommentObject/properties/html_body` },
    uploads: { $ref: `${SPEC}/TicketCommentObject/properties/uploads` }
  },
  anyOf: [{ required: ['body'] }, { required: ['html_body'] }]
};

/** Collaborators as the Create Request description lists them: user ids, e-mail addresses, or name and e-mail. */
const COLLABORATORS = {
  type: 'array',
  items: {
    anyOf: [
      { type: 'integer' },
      { type: 'string', format: 'email' },
      {
        type: 'object',
        required: ['email'],
        additionalProperties: false,
        properties: { name: { type: 'string' }, email: { type: 'string', format: 'email' } }
      }
    ]
  }
};

/** The writable properties of RequestObject (those not marked readOnly), taken from the document itself. */
const WRITABLE_REQUEST = Object.fromEntries(
  [
    'custom_fields',
    'custom_status_id',
    'due_at',
    'priority',
    'recipient',
    'status',
    'subject',
    'ticket_form_id',
    'type'
  ].map(name => [name, { $ref: `${SPEC}/RequestObject/properties/${name}` }])
);

/**
 * Request bodies by operationId. The document declares none for these operations; their shapes come from the
 * operation descriptions ("Accepts a `request` object", "Writable properties") and the schemas the document does
 * declare, with no property the document marks read-only.
 */
export const REQUEST_BODIES = {
  CreateRequest: {
    source: 'Create Request description + RequestObject (writable) + TicketCommentObject',
    schema: {
      type: 'object',
      required: ['request'],
      additionalProperties: false,
      properties: {
        request: {
          type: 'object',
          required: ['comment'],
          additionalProperties: false,
          properties: {
            ...WRITABLE_REQUEST,
            comment: COMMENT,
            collaborators: COLLABORATORS,
            requester: {
              type: 'object',
              required: ['name'],
              properties: { name: { type: 'string' }, email: { type: 'string', format: 'email' } }
            },
            via_followup_source_id: { type: 'integer' }
          }
        }
      }
    }
  },
  UpdateRequest: {
    source: 'Update Request description ("Writable properties": comment, solved, additional_collaborators)',
    schema: {
      type: 'object',
      required: ['request'],
      additionalProperties: false,
      properties: {
        request: {
          type: 'object',
          minProperties: 1,
          additionalProperties: false,
          properties: {
            comment: COMMENT,
            solved: { type: 'boolean' },
            additional_collaborators: COLLABORATORS
          }
        }
      }
    }
  },
  ChangeOwnPassword: {
    // The document gives this operation no body; Zendesk's reference page "Change Your Password" does.
    source: 'developer.zendesk.com User Passwords, Change Your Password: {"previous_password", "password"}',
    schema: {
      type: 'object',
      required: ['previous_password', 'password'],
      additionalProperties: false,
      properties: { previous_password: { type: 'string' }, password: { type: 'string', minLength: 1 } }
    }
  }
};

/** Operations whose body is the raw file: its Content-Type must be a real MIME type, not a form or JSON wrapper. */
export const RAW_BODIES = {
  UploadFiles: {
    source: 'the operation description ("The Content-Type header must contain a recognized MIME type")'
  }
};

/**
 * Error answers. The document declares none for these operations; Zendesk answers errors either with the `Errors`
 * schema the document uses elsewhere (`{"errors": [{"code", "title"}]}`) or with the `{"error", "description"}`
 * shape its own descriptions show (RecordNotFound, RecordInvalid with `details`, OAuth's `invalid_token`).
 */
export const ERROR_BODY = {
  anyOf: [
    { allOf: [{ $ref: `${SPEC}/Errors` }, { required: ['errors'] }] },
    {
      type: 'object',
      required: ['error'],
      properties: {
        error: { anyOf: [{ type: 'string' }, { type: 'object' }] },
        description: { type: 'string' },
        error_description: { type: 'string' },
        details: { type: 'object', additionalProperties: { type: 'array', items: { type: 'object' } } }
      }
    }
  ]
};

/**
 * Corrections of the document, applied before anything is compiled. Each names the schema location and why.
 */
export const ERRATA = [
  {
    pointer: '/components/schemas/RequestObject/properties/custom_fields/items/properties/value',
    replacement: {
      nullable: true,
      anyOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }, { type: 'array', items: { type: 'string' } }]
    },
    why:
      'The document types custom field values as strings, but Zendesk\'s "Setting custom field values" reference ' +
      'sends and returns checkbox values as booleans, multi-select values as arrays of option values, numbers as ' +
      'numbers, and null for an empty field.'
  }
];

/**
 * Endpoints the Support API document does not cover. They are checked against the shapes Zendesk documents on
 * their reference pages instead; the report of the fake says which requests were checked this way.
 */
export const OUTSIDE_SPEC = [
  {
    method: 'GET',
    pattern: /^\/api\/v2\/help_center(?:\/([a-z]{2}(?:-[a-z]{2,4})?))?\/articles\/search$/i,
    operationId: 'HelpCenterSearchArticles',
    source:
      'developer.zendesk.com Help Center API, Search, "Search Articles" (GET /api/v2/help_center/articles/search)',
    query: {
      query: { required: true, schema: { type: 'string', minLength: 1 }, source: 'Search Articles' },
      locale: { schema: { type: 'string', minLength: 2 }, source: 'Search Articles' },
      ...OFFSET_PAGE
    },
    response: {
      type: 'object',
      required: ['results'],
      properties: {
        results: {
          type: 'array',
          items: {
            type: 'object',
            required: ['id', 'title', 'html_url'],
            properties: {
              id: { type: 'integer' },
              title: { type: 'string' },
              html_url: { type: 'string', format: 'uri' },
              body: { type: ['string', 'null'] },
              snippet: { type: 'string' },
              result_type: { const: 'article' },
              locale: { type: 'string' }
            }
          }
        },
        count: { type: 'integer', minimum: 0 },
        page: { type: 'integer', minimum: 1 },
        per_page: { type: 'integer', minimum: 1 },
        page_count: { type: 'integer', minimum: 0 },
        next_page: { type: ['string', 'null'] },
        previous_page: { type: ['string', 'null'] }
      }
    }
  }
];
