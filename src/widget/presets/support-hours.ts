import type { Category, Entitlement, FieldDefinition, FormDefinition } from '../../core/index.js';
import type { Preset } from '../../core/preset.js';

// Seed 001: a Dynamics 365 / Power Pages support portal. Users sign in with the user and password they were given
// (no self-registration), open cases from "Mi Soporte" with "Abrir un caso nuevo", look up the associated end
// customer in a search dialog, check their hour bags in "Vigencia Soporte", change their password and recover it by
// e-mail. Labels are the seed's, word for word. "NOMBRE DEL CLIENTE", "NOMBRE DEL ASOCIADO" and "NOMBRE DEL
// CONTACTO" are names the seed's screenshots blanked out: the first stays where the seed shows it as data (the hour
// bag's end customer); the others are replaced by plausible names.
//
// Priorities: Dynamics says "Alto", "Moderado" and "Bajo"; they are the core's `high`, `normal` and `low` (`urgent`
// is not used). The UI's message catalog names them, so a vendor who wants Dynamics' words overrides the
// `priority.*` messages.

const DAY = 86_400_000;

/** A calendar date `days` from today (negative: in the past), so the demo's hour bags stay current. */
function dayFromToday(days: number): string {
  return new Date(Date.now() + days * DAY).toISOString().slice(0, 10);
}

/** Days between a date-time and now, so a sample case shows the very date the seed shows. */
function daysSince(isoDateTime: string): number {
  return (Date.now() - Date.parse(isoDateTime)) / DAY;
}

const categories: Category[] = [
  {
    id: 'soporte-tecnico',
    name: 'Soporte técnico',
    hint: '¿En qué podemos ayudarle?',
    icon: '🎧', // not in the seed: the icon
    defaultPriority: 'normal',
    formId: 'caso-nuevo'
  }
];

// not in the seed: the clients and their contacts (the seed blanks them out), except "INOVAIT SAS"
const clientes = [
  { value: 'inovait-sas', label: 'INOVAIT SAS' },
  { value: 'hidrocarburos-llano', label: 'Hidrocarburos del Llano S.A.S.' },
  { value: 'transportes-sabana', label: 'Transportes Sabana Ltda.' }
];

const fields: FieldDefinition[] = [
  { id: 'titulo', kind: 'text', label: 'Título', required: true, maxLength: 200 },
  { id: 'cliente', kind: 'select', label: 'Cliente', required: true, options: clientes },
  {
    id: 'asociado',
    kind: 'lookup',
    label: 'Asociado',
    help: 'Si el caso es para un cliente asociado o cliente final, selecciónelo.', // not in the seed: the help
    remoteOptions: true,
    // Seed step 5: the columns of the "Buscar registros" dialog, in its order; "Nombre de cuenta" is the row's label.
    lookupColumns: [
      { key: 'label', label: 'Nombre de cuenta' },
      { key: 'correo', label: 'Correo electrónico' },
      { key: 'centralita', label: 'Número de centralita' },
      { key: 'numeroCuenta', label: 'Número de cuenta' },
      { key: 'contactoPrincipal', label: 'Contacto principal' },
      { key: 'ciudad', label: 'Dirección 1: ciudad' }
    ]
  },
  {
    id: 'contacto',
    kind: 'select',
    label: 'Contacto',
    required: true,
    dependsOn: 'cliente',
    // not in the seed: the contacts of each client
    optionsByParent: {
      'inovait-sas': [
        { value: 'paola-mendez', label: 'Paola Méndez' },
        { value: 'carlos-pardo', label: 'Carlos Pardo' }
      ],
      'hidrocarburos-llano': [
        { value: 'diana-suarez', label: 'Diana Suárez' },
        { value: 'jorge-quintero', label: 'Jorge Quintero' }
      ],
      'transportes-sabana': [{ value: 'martha-rincon', label: 'Martha Rincón' }]
    }
  },
  { id: 'descripcion', kind: 'textarea', label: 'Descripción', maxLength: 10_000 }
];

const forms: FormDefinition[] = [
  {
    id: 'caso-nuevo',
    title: 'Abrir un caso nuevo',
    fields,
    steps: [
      {
        id: 'informacion-general',
        title: 'Información general',
        fieldIds: ['titulo', 'cliente', 'asociado', 'contacto', 'descripcion']
      }
    ],
    // The seed's form takes no files.
    attachments: null,
    channels: ['ticket'],
    subjectField: 'titulo',
    descriptionField: 'descripcion'
  }
];

const ENTITLEMENT_ACTIVE = { id: 'activo', label: 'Activo', active: true }; // not in the seed: this status

const entitlements: Entitlement[] = [
  {
    // The seed's row, as it shows it.
    id: 'bolsa-2020',
    name: 'Vigencia Soporte 2020-2021',
    status: { id: 'en-espera', label: 'En espera', active: false },
    customer: 'NOMBRE DEL CLIENTE',
    start: '2020-02-01',
    end: '2021-02-01',
    allocationType: 'hours',
    allocationLabel: 'Número de horas',
    total: 25, // not in the seed: the total (the seed shows 25,00 hours available of a bag not yet started)
    remaining: 25
  },
  {
    // not in the seed: this hour bag and its consumption
    id: 'bolsa-hidrocarburos',
    name: 'Bolsa de horas Hidrocarburos del Llano',
    status: ENTITLEMENT_ACTIVE,
    customer: 'Hidrocarburos del Llano S.A.S.',
    start: dayFromToday(-120),
    end: dayFromToday(245),
    allocationType: 'hours',
    allocationLabel: 'Número de horas',
    total: 40,
    remaining: 31.5,
    consumption: [
      {
        date: dayFromToday(-96),
        amount: 2,
        caseReference: 'CAS-01188-H7Q2M4',
        description: 'Configuración de alertas de antivirus'
      },
      {
        date: dayFromToday(-61),
        amount: 4.5,
        caseReference: 'CAS-01195-T3K9W1',
        description: 'Migración de políticas de Endpoint'
      },
      {
        date: dayFromToday(-9),
        amount: 2,
        caseReference: 'CAS-01203-P5N8D2',
        description: 'Capacitación de la consola de administración'
      }
    ]
  },
  {
    // not in the seed: this hour bag and its consumption
    id: 'bolsa-transportes',
    name: 'Bolsa de horas Transportes Sabana',
    status: { id: 'vencido', label: 'Vencido', active: false },
    customer: 'Transportes Sabana Ltda.',
    start: dayFromToday(-400),
    end: dayFromToday(-35),
    allocationType: 'hours',
    allocationLabel: 'Número de horas',
    total: 10,
    remaining: 1.5,
    consumption: [
      { date: dayFromToday(-310), amount: 3, caseReference: 'CAS-01152-R2B6F8', description: 'Instalación de agentes' },
      { date: dayFromToday(-150), amount: 5.5, caseReference: 'CAS-01179-L4C1V7', description: 'Revisión de reportes' }
    ]
  }
];

const AGENT = 'Andrea Castillo (INOVAIT)'; // not in the seed: the agents' names

export const supportHours: Preset = {
  id: 'support-hours',
  name: 'Portal de Soporte',
  locale: 'es',
  referencePrefix: 'CAS',
  categories,
  forms,
  // Dynamics' "Razón para el estado". "En Revisión" is the seed's; the others are Dynamics' usual case reasons.
  statuses: [
    { id: 'en-revision', label: 'En Revisión', category: 'new' },
    { id: 'en-curso', label: 'En curso', category: 'open' },
    { id: 'investigando', label: 'Investigando', category: 'open' },
    { id: 'esperando-detalles', label: 'Esperando detalles', category: 'waiting-on-customer' },
    { id: 'en-espera', label: 'En espera', category: 'waiting-on-support' },
    { id: 'problema-resuelto', label: 'Problema resuelto', category: 'resolved' },
    { id: 'informacion-proporcionada', label: 'Información proporcionada', category: 'resolved' },
    { id: 'cancelado', label: 'Cancelado', category: 'closed' }
  ],
  initialStatusId: 'en-revision',
  // not in the seed: the organizations and users (the seed's profile shows "Support Parex")
  organizations: [
    { id: 'org-soluciones-ti', name: 'Soluciones Integrales TI S.A.S.' },
    { id: 'org-agroexport', name: 'Agroexportadora del Valle S.A.' }
  ],
  users: [
    {
      id: 'user-soporte',
      name: 'Paola Méndez',
      email: 'pmendez@example.com',
      password: 'Demo-2026!',
      organizationId: 'org-soluciones-ti'
    },
    {
      id: 'user-carlos',
      name: 'Carlos Pardo',
      email: 'cpardo@example.com',
      password: 'Demo-2026!',
      organizationId: 'org-soluciones-ti'
    },
    {
      id: 'user-valentina',
      name: 'Valentina Arias',
      email: 'varias@example.com',
      password: 'Demo-2026!',
      organizationId: 'org-agroexport'
    }
  ],
  // Seed step 5: the "Buscar registros" rows of the Asociado lookup.
  lookups: {
    asociado: [
      {
        value: 'nombre-asociado',
        label: 'Nombre ASociado',
        correo: '',
        centralita: '+57161',
        numeroCuenta: '86001',
        contactoPrincipal: 'Sonia',
        ciudad: ''
      },
      // not in the seed: the other associated customers
      {
        value: 'ferreteria-oriente',
        label: 'Ferretería Oriente S.A.S.',
        correo: 'contacto@ferreteriaoriente.example.com',
        centralita: '+57 601 745 2200',
        numeroCuenta: '86014',
        contactoPrincipal: 'Ricardo Mora',
        ciudad: 'Bogotá'
      },
      {
        value: 'clinica-santa-ana',
        label: 'Clínica Santa Ana',
        correo: 'sistemas@clinicasantaana.example.com',
        centralita: '+57 604 360 1100',
        numeroCuenta: '86027',
        contactoPrincipal: 'Paula Giraldo',
        ciudad: 'Medellín'
      }
    ]
  },
  cases: [
    {
      // The seed's case: CAS-01202-B2K8P0, "Moderado", "En Revisión", opened 26/12/2019 11:24 (Bogotá time).
      subject: 'Arreglo al reporte Equipos sin Endpoint',
      description: 'El reporte de Equipos sin Endpoint muestra equipos que ya tienen el agente instalado.', // not in the seed
      categoryId: 'soporte-tecnico',
      statusId: 'en-revision',
      priority: 'normal',
      requesterId: 'user-soporte',
      daysAgo: daysSince('2019-12-26T11:24:00-05:00'),
      fields: { cliente: 'inovait-sas', contacto: 'paola-mendez' },
      comments: [
        {
          role: 'agent',
          authorName: AGENT,
          body: 'Estamos revisando la consulta del reporte; le confirmaremos el ajuste una vez validado en el ambiente de pruebas.',
          minutesAfter: 180
        }
      ]
    },
    // not in the seed: the other sample cases
    {
      subject: 'Error en el inicio de sesión del usuario en la consola',
      description: 'Tres usuarios no pueden iniciar sesión en la consola de administración desde esta mañana.',
      categoryId: 'soporte-tecnico',
      statusId: 'esperando-detalles',
      priority: 'high',
      requesterId: 'user-soporte',
      daysAgo: 2,
      fields: { cliente: 'hidrocarburos-llano', asociado: 'clinica-santa-ana', contacto: 'diana-suarez' },
      comments: [
        {
          role: 'agent',
          authorName: AGENT,
          body: 'Buenos días. ¿Nos puede indicar los usuarios afectados y una captura del mensaje de error?',
          minutesAfter: 60
        }
      ]
    },
    {
      subject: 'Instalación de agentes en equipos nuevos',
      description: 'Se compraron 15 equipos nuevos y necesitamos instalar los agentes antes del viernes.',
      categoryId: 'soporte-tecnico',
      statusId: 'en-curso',
      priority: 'normal',
      requesterId: 'user-carlos',
      daysAgo: 5,
      fields: { cliente: 'transportes-sabana', asociado: 'nombre-asociado', contacto: 'martha-rincon' },
      comments: [
        {
          role: 'agent',
          authorName: AGENT,
          body: 'Programamos la instalación remota para el jueves a las 9:00. Las horas se descontarán de la bolsa vigente.',
          minutesAfter: 240
        }
      ]
    },
    {
      subject: 'Consulta sobre el consumo de la bolsa de horas',
      description: '¿Cuántas horas quedan disponibles en la bolsa de Hidrocarburos del Llano?',
      categoryId: 'soporte-tecnico',
      statusId: 'informacion-proporcionada',
      priority: 'low',
      requesterId: 'user-soporte',
      daysAgo: 15,
      fields: { cliente: 'hidrocarburos-llano', contacto: 'jorge-quintero' },
      comments: [
        {
          role: 'agent',
          authorName: AGENT,
          body: 'Quedan 31,5 horas disponibles. Puede consultar el detalle en "Vigencia de Soporte".',
          minutesAfter: 30
        }
      ]
    },
    {
      subject: 'Actualización de la consola de antivirus',
      description: 'Solicitamos actualizar la consola a la última versión.',
      categoryId: 'soporte-tecnico',
      statusId: 'en-revision',
      priority: 'low',
      requesterId: 'user-valentina',
      daysAgo: 4,
      fields: { cliente: 'inovait-sas', contacto: 'carlos-pardo' }
    }
  ],
  entitlements,
  // not in the seed: the articles (the seed's menu has "Knowledge Base")
  articles: [
    {
      id: 'error-inicio-sesion',
      title: 'Error en el inicio de sesión del usuario',
      excerpt:
        'Verifique el usuario y la contraseña otorgados; si olvidó la contraseña, use "¿Ha olvidado la contraseña?".',
      url: 'https://example.com/kb/error-inicio-sesion'
    },
    {
      id: 'vigencia-soporte',
      title: 'Cómo validar la vigencia del soporte',
      excerpt: 'En el menú, "Vigencia de soporte" muestra las bolsas de horas, sus fechas y las horas disponibles.',
      url: 'https://example.com/kb/vigencia-soporte'
    },
    {
      id: 'equipos-sin-endpoint',
      title: 'Reporte de equipos sin Endpoint',
      excerpt: 'Cómo se calcula el reporte de equipos sin agente de Endpoint y cada cuánto se actualiza.',
      url: 'https://example.com/kb/equipos-sin-endpoint'
    }
  ],
  capabilities: {
    // "Usuario y Contraseña otorgado": accounts are given, not self-created.
    accounts: { signup: { mode: 'none' }, passwordReset: { mode: 'api' }, changePassword: { mode: 'api' } },
    cases: { organizationScope: true },
    entitlements: true,
    invoices: false,
    phoneCallBack: false
  }
};
