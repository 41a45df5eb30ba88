import type { Category, FieldDefinition, FieldOption, FormDefinition } from '../../core/index.js';
import type { Preset } from '../../core/preset.js';

// Seed 004: the "Casos de Soporte" menu of a cloud-services platform. "Abrir caso" asks for the department, the
// attention mode (a ticket answered in the platform, or a phone call back), the cascade Servicio -> Tema -> Ítem ->
// Categoría that decides which team answers, the subject, comments with bold, italic and underline, optional
// recipients and up to five files. Labels, examples and the accept list are the seed's, word for word; option
// labels the seed lists mid-sentence ("cancelación o contrato", "recibo de pago") start with a capital here.
//
// For whoever wires messages: the submit button says "Abrir caso" in the seed (message `caseForm.submit` or the
// vendor's override), and the attention modes are "Ticket" and "Telefônico" (the seed's words; the form model has
// no labels for channels, so they are the UI's `caseForm.channelTicket` / `caseForm.channelPhone`).
//
// Departments: the seed's step 2 says "Contas e faturamento" (its step 4 calls the same department "Cuentas y
// Facturación"); step 2's label is kept. The department is a route choice outside the form's values, so the
// cascade cannot be shown per department with `visibleWhen`: one cascade holds the technical services and the
// "Cuentas" (billing) branch.

/** A stable value from a label: lower case, no accents, words joined by hyphens. */
function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function option(label: string, children?: FieldOption[]): FieldOption {
  return children ? { value: slug(label), label, children } : { value: slug(label), label };
}

function leaves(...labels: string[]): FieldOption[] {
  return labels.map(label => option(label));
}

/** The two items the seed names under every theme, each with its categories. */
function items(solicitud: FieldOption[], orientaciones: FieldOption[]): FieldOption[] {
  return [option('Solicitud', solicitud), option('Orientaciones generales', orientaciones)];
}

const servicios: FieldOption[] = [
  option('Datos', [
    option(
      'Data Stack',
      items(
        // not in the seed: "Integraciones"
        leaves('Otras solicitudes', 'Problemas de acceso', 'Integraciones'),
        leaves('Consultas')
      )
    )
  ]),
  option('Computación en la Nube', [
    option(
      'Autosky',
      items(
        // not in the seed: "Servidores", "Usuarios y sesiones"
        leaves('Otras solicitudes', 'Problemas de acceso', 'Servidores', 'Usuarios y sesiones'),
        leaves('Consultas')
      )
    ),
    // not in the seed as a theme: "Servidores en la Nube" is a page of the seed's menu
    option('Servidores en la Nube', items(leaves('Otras solicitudes', 'Problemas de acceso'), leaves('Consultas')))
  ]),
  // not in the seed as a service: "Cybersecurity" and "Análisis de Amenazas" are pages of the seed's menu
  option('Ciberseguridad', [
    option('Análisis de Amenazas', items(leaves('Otras solicitudes', 'Problemas de acceso'), leaves('Consultas')))
  ]),
  // The billing branch (department "Contas e faturamento").
  option('Cuentas', [
    // not in the seed: which categories go under which theme and item (the seed lists them together)
    option('Facturación y cobranza', items(leaves('Recibo de pago', 'Otras solicitudes'), leaves('Consultas'))),
    option('Cancelación', items(leaves('Finalización de contrato'), leaves('Consultas'))),
    option('Contrato', items(leaves('Renovación', 'Finalización de contrato'), leaves('Consultas')))
  ])
];

const categories: Category[] = [
  {
    id: 'casos-de-soporte',
    name: 'Casos de Soporte',
    icon: '☁️', // not in the seed: the icon
    description:
      'Aquí encontrarás la información necesaria para solicitar el soporte adecuado a tus necesidades en el Sistema de Soporte de Skyone.',
    defaultPriority: 'normal',
    formId: 'abrir-caso'
  }
];

const fields: FieldDefinition[] = [
  {
    id: 'servicio',
    kind: 'cascade',
    label: 'Servicio',
    help: 'Selecciona el servicio de Skyone para el cual necesitas soporte.',
    required: true,
    levels: ['Servicio', 'Tema', 'Ítem', 'Categoría'],
    options: servicios
  },
  {
    id: 'asunto',
    kind: 'text',
    label: 'Asunto del Caso de Soporte',
    help: 'Escribe el asunto de manera clara para facilitar la identificación.',
    required: true,
    maxLength: 200 // not in the seed: the length limit
  },
  {
    id: 'comentarios',
    kind: 'richtext',
    label: 'Añade comentarios sobre el caso',
    help: 'Describe el problema o la necesidad con todos los detalles necesarios. Usa las opciones de formato (cursiva, negrita y/o subrayado) para destacar información importante en tu texto.',
    required: true
  },
  {
    // Shown as "Destinatarios (opcional)": the form adds "(opcional)" after every optional label.
    id: 'destinatarios',
    kind: 'recipients',
    label: 'Destinatarios',
    help: 'Si lo deseas, incluye colegas de tu empresa que también deban recibir mensajes relacionados con el caso.'
  }
];

const forms: FormDefinition[] = [
  {
    id: 'abrir-caso',
    title: 'Abrir caso',
    description:
      'Completa correctamente los siguientes campos, ya que esto determinará el equipo de soporte que te atenderá.',
    fields,
    steps: [
      { id: 'clasificacion', title: 'Completa los campos de acuerdo a tu necesidad', fieldIds: ['servicio'] },
      { id: 'detalle', title: 'Detalla la solicitud', fieldIds: ['asunto', 'comentarios', 'destinatarios'] }
    ],
    attachments: {
      maxFiles: 5,
      maxFileBytes: 10 * 1024 * 1024,
      accept: [
        'image/*',
        '.pdf',
        '.csv',
        '.txt',
        '.xlsx',
        '.xls',
        '.doc',
        '.docx',
        '.zip',
        '.rar',
        '.pfx',
        '.mp4',
        '.mkv',
        '.avi',
        '.mov',
        '.webm'
      ]
    },
    channels: ['ticket', 'phone'],
    departments: [
      { value: 'tecnico', label: 'Técnico' },
      { value: 'contas-e-faturamento', label: 'Contas e faturamento' }
    ],
    subjectField: 'asunto',
    descriptionField: 'comentarios'
  }
];

const AGENT = 'Rafael Souza (Soporte Skyone)'; // not in the seed: the agents' names

export const cloudServices: Preset = {
  id: 'cloud-services',
  name: 'Casos de Soporte',
  locale: 'es',
  referencePrefix: 'SKY', // not in the seed: the prefix
  categories,
  forms,
  // not in the seed: the statuses. A customer reply moves a case to "Esperando soporte", an agent reply to
  // "Esperando tu respuesta".
  statuses: [
    { id: 'abierto', label: 'Abierto', category: 'new' },
    { id: 'en-atencion', label: 'En atención', category: 'open' },
    { id: 'esperando-tu-respuesta', label: 'Esperando tu respuesta', category: 'waiting-on-customer' },
    { id: 'esperando-soporte', label: 'Esperando soporte', category: 'waiting-on-support' },
    { id: 'resuelto', label: 'Resuelto', category: 'resolved' },
    { id: 'cerrado', label: 'Cerrado', category: 'closed' }
  ],
  initialStatusId: 'abierto',
  // not in the seed: organizations, users and sample cases
  organizations: [
    { id: 'org-pacifico', name: 'Distribuidora Pacífico S.A.S.' },
    { id: 'org-horizonte', name: 'Constructora Horizonte S.A.' }
  ],
  users: [
    {
      id: 'user-mariana',
      name: 'Mariana Torres',
      email: 'mariana.torres@example.com',
      password: 'Demo-2026!',
      organizationId: 'org-pacifico'
    },
    {
      id: 'user-felipe',
      name: 'Felipe Rangel',
      email: 'felipe.rangel@example.com',
      password: 'Demo-2026!',
      organizationId: 'org-pacifico'
    },
    {
      id: 'user-ines',
      name: 'Inés Cárdenas',
      email: 'ines.cardenas@example.com',
      password: 'Demo-2026!',
      organizationId: 'org-horizonte'
    }
  ],
  cases: [
    {
      subject: 'No puedo ingresar al panel de Autosky',
      description:
        'Desde esta mañana, al ingresar al panel de Autosky aparece "Acceso denegado". Afecta a todos los usuarios del área de sistemas.',
      categoryId: 'casos-de-soporte',
      statusId: 'esperando-tu-respuesta',
      priority: 'high',
      requesterId: 'user-mariana',
      daysAgo: 1,
      fields: {
        servicio: ['computacion-en-la-nube', 'autosky', 'solicitud', 'problemas-de-acceso'],
        destinatarios: ['felipe.rangel@example.com']
      },
      comments: [
        {
          role: 'agent',
          authorName: AGENT,
          body: '<p>Hola, Mariana. Revisamos las restricciones de acceso del cliente y encontramos una regla de IP nueva. <strong>¿Puedes confirmarnos la IP pública desde la que se conectan?</strong></p>',
          bodyFormat: 'html',
          minutesAfter: 40
        }
      ]
    },
    {
      subject: 'Recibo de pago del mes anterior',
      description: 'Necesitamos el recibo de pago del mes anterior para el cierre contable.',
      categoryId: 'casos-de-soporte',
      statusId: 'resuelto',
      priority: 'low',
      requesterId: 'user-mariana',
      daysAgo: 9,
      fields: { servicio: ['cuentas', 'facturacion-y-cobranza', 'solicitud', 'recibo-de-pago'] },
      comments: [
        {
          role: 'agent',
          authorName: 'Equipo de Cuentas y Facturación',
          body: 'Adjuntamos el recibo de pago solicitado. También puedes descargarlo en el menú Facturas.',
          minutesAfter: 180
        }
      ]
    },
    {
      subject: 'Renovación del contrato anual',
      description: 'Queremos renovar el contrato anual y agregar dos servidores al plan actual.',
      categoryId: 'casos-de-soporte',
      statusId: 'en-atencion',
      priority: 'normal',
      requesterId: 'user-felipe',
      daysAgo: 4,
      fields: {
        servicio: ['cuentas', 'contrato', 'solicitud', 'renovacion'],
        destinatarios: ['mariana.torres@example.com']
      },
      comments: [
        {
          role: 'agent',
          authorName: 'Equipo de Cuentas y Facturación',
          body: 'Recibimos tu solicitud. Un asesor te llamará esta semana para revisar la propuesta de renovación.',
          minutesAfter: 90
        }
      ]
    },
    {
      subject: 'Error al cargar archivos CSV en Data Stack',
      description: 'La carga de archivos CSV de más de 50 MB se detiene al 80 %.',
      categoryId: 'casos-de-soporte',
      statusId: 'abierto',
      priority: 'normal',
      requesterId: 'user-ines',
      daysAgo: 2,
      fields: { servicio: ['datos', 'data-stack', 'solicitud', 'otras-solicitudes'] }
    }
  ],
  // Titles from the seed's menu; not in the seed: the excerpts and addresses
  articles: [
    {
      id: 'seguimiento-casos',
      title: '¿Cómo hacer seguimiento y responder a los casos de soporte?',
      excerpt: 'En el menú "Casos de Soporte" verás tus casos, su estado y las respuestas del equipo de soporte.',
      url: 'https://example.com/docs/seguimiento-casos'
    },
    {
      id: 'recuperar-contrasena',
      title: 'Recuperar la contraseña de la plataforma',
      excerpt:
        'Si no puedes ingresar, usa la opción de recuperar la contraseña y sigue el enlace que llega a tu correo.',
      url: 'https://example.com/docs/recuperar-contrasena'
    },
    {
      id: 'restricciones-acceso',
      title: 'Administrar Restricciones de Acceso en Autosky',
      excerpt: 'Las restricciones de acceso limitan por IP y horario quién puede ingresar a los clientes de Autosky.',
      url: 'https://example.com/docs/restricciones-acceso'
    }
  ],
  capabilities: {
    // not in the seed: accounts. Users are invited by their company ("Invitaciones") and can recover the password.
    accounts: { signup: { mode: 'none' }, passwordReset: { mode: 'api' } },
    cases: { organizationScope: true },
    entitlements: false,
    invoices: false,
    phoneCallBack: true
  }
};
