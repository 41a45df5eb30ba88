import type { Category, FieldDefinition, FormDefinition } from '../../core/index.js';
import type { Preset } from '../../core/preset.js';

// Seed 000: the warranty-incident procedure of a scanner and equipment distributor, on a Jira Service Management
// customer portal ("Centro de ayuda"). Customers register with an e-mail link, choose "Servicio Técnico" and then
// the request type "Soporte Técnico", fill the incident form and may attach images or videos. Labels are the seed's,
// word for word and in its order. The seed's "Contacto (opcional)" is the field "Contacto" left optional: the form
// adds "(opcional)" after every optional label, as Jira does. The attachment area's title, "Archivo adjunto
// (opcional)", and the buttons "Crear" / "Cancelar" are UI text (message catalog), not preset data.

const categories: Category[] = [
  {
    id: 'servicio-tecnico',
    name: 'Servicio Técnico',
    icon: '🛠️', // not in the seed: the icon
    // not in the seed: the description
    description: 'Reporte fallas o incidentes de garantía de sus equipos.',
    defaultPriority: 'normal',
    formId: 'soporte-tecnico',
    children: [
      {
        id: 'soporte-tecnico',
        name: 'Soporte Técnico',
        // not in the seed: the description
        description: 'Registre la incidencia de un equipo en garantía: marca, modelo y serial.'
      }
    ]
  }
];

/** Seed step 10: every field of the incident form, in the seed's order. Jira marks only Contacto as optional. */
const fields: FieldDefinition[] = [
  { id: 'empresa', kind: 'text', label: 'Empresa u Organización', required: true, maxLength: 200 },
  { id: 'nit', kind: 'taxid', label: 'NIT', required: true, taxIdScheme: 'co-nit' },
  { id: 'contacto', kind: 'text', label: 'Contacto', maxLength: 200 },
  { id: 'direccion', kind: 'text', label: 'Dirección empresa', required: true, maxLength: 300 },
  { id: 'telefono', kind: 'phone', label: 'Teléfono', required: true },
  { id: 'asunto', kind: 'text', label: 'Asunto', required: true, maxLength: 255 },
  {
    id: 'marca',
    kind: 'select',
    label: 'Marca',
    required: true,
    options: [
      // not in the seed: the brands; the seed shows only "OTROS"
      { value: 'honeywell', label: 'HONEYWELL' },
      { value: 'zebra', label: 'ZEBRA' },
      { value: 'datalogic', label: 'DATALOGIC' },
      { value: 'fujitsu', label: 'FUJITSU' },
      { value: 'epson', label: 'EPSON' },
      { value: 'otros', label: 'OTROS' }
    ]
  },
  { id: 'modelo', kind: 'text', label: 'Modelo', required: true, maxLength: 100 },
  { id: 'serial', kind: 'text', label: 'Serial', required: true, maxLength: 100 }
];

const forms: FormDefinition[] = [
  {
    id: 'soporte-tecnico',
    title: 'Soporte Técnico',
    fields,
    // Seed step 11: images or videos, by drag and drop, paste or browse.
    // not in the seed: the limits (10 files of 25 MB)
    attachments: {
      maxFiles: 10,
      maxFileBytes: 25 * 1024 * 1024,
      accept: ['image/*', 'video/*']
    },
    channels: ['ticket'],
    subjectField: 'asunto'
  }
];

const AGENT = 'Julián Restrepo (Servicio Técnico)'; // not in the seed: the agents' names

export const equipmentWarranty: Preset = {
  id: 'equipment-warranty',
  name: 'Centro de ayuda',
  locale: 'es',
  referencePrefix: 'AS', // not in the seed: the prefix
  categories,
  forms,
  // Jira Service Management's customer-facing statuses in Spanish. A customer reply moves a case to "Esperando
  // por soporte", an agent reply to "Esperando por el cliente".
  statuses: [
    { id: 'abierta', label: 'Abierta', category: 'new' },
    { id: 'en-curso', label: 'En curso', category: 'open' },
    { id: 'esperando-por-el-cliente', label: 'Esperando por el cliente', category: 'waiting-on-customer' },
    { id: 'esperando-por-soporte', label: 'Esperando por soporte', category: 'waiting-on-support' },
    { id: 'resuelta', label: 'Resuelta', category: 'resolved' },
    { id: 'cerrada', label: 'Cerrada', category: 'closed' }
  ],
  initialStatusId: 'abierta',
  // not in the seed: organizations, users and sample cases
  organizations: [
    { id: 'org-logistica-caribe', name: 'Logística del Caribe S.A.S.' },
    { id: 'org-drogueria-central', name: 'Droguería Central Ltda.' }
  ],
  users: [
    {
      id: 'user-usuario',
      name: 'Usuario de Prueba',
      email: 'usuariodeprueba@example.com',
      password: 'Demo-2026!',
      organizationId: 'org-logistica-caribe'
    },
    {
      id: 'user-marcela',
      name: 'Marcela Ospina',
      email: 'marcela.ospina@example.com',
      password: 'Demo-2026!',
      organizationId: 'org-logistica-caribe'
    },
    {
      id: 'user-hernan',
      name: 'Hernán Villa',
      email: 'hernan.villa@example.com',
      password: 'Demo-2026!',
      organizationId: 'org-drogueria-central'
    }
  ],
  cases: [
    {
      subject: 'Escáner de bodega no lee códigos de barras',
      description: '',
      categoryId: 'soporte-tecnico',
      statusId: 'esperando-por-el-cliente',
      priority: 'normal',
      requesterId: 'user-usuario',
      daysAgo: 3,
      fields: {
        empresa: 'Logística del Caribe S.A.S.',
        nit: '900123456-8',
        contacto: 'Usuario de Prueba',
        direccion: 'Cra. 52 # 14-30, Medellín',
        telefono: '(574) 444 1234',
        marca: 'honeywell',
        modelo: 'Xenon 1950g',
        serial: '19284B0123'
      },
      comments: [
        {
          role: 'agent',
          authorName: AGENT,
          body: 'Buen día. Para validar la garantía, por favor adjunte un video corto donde se vea el escáner intentando leer un código y una foto de la etiqueta con el serial.',
          minutesAfter: 95
        }
      ]
    },
    {
      subject: 'Impresora de etiquetas imprime en blanco',
      description: '',
      categoryId: 'soporte-tecnico',
      statusId: 'en-curso',
      priority: 'normal',
      requesterId: 'user-usuario',
      daysAgo: 8,
      fields: {
        empresa: 'Logística del Caribe S.A.S.',
        nit: '900123456-8',
        direccion: 'Cra. 52 # 14-30, Medellín',
        telefono: '(574) 444 1234',
        marca: 'zebra',
        modelo: 'ZT230',
        serial: '52J163801234'
      },
      comments: [
        {
          role: 'agent',
          authorName: AGENT,
          body: 'Recibimos su solicitud. El equipo está en garantía; un técnico lo visitará el jueves en la mañana para revisar el cabezal de impresión.',
          minutesAfter: 240
        },
        {
          role: 'customer',
          authorName: 'Usuario de Prueba',
          body: 'Perfecto, el jueves estaremos atentos. Gracias.',
          minutesAfter: 300
        }
      ]
    },
    {
      subject: 'Lector fijo de caja registradora se reinicia solo',
      description: '',
      categoryId: 'soporte-tecnico',
      statusId: 'resuelta',
      priority: 'normal',
      requesterId: 'user-marcela',
      daysAgo: 21,
      fields: {
        empresa: 'Logística del Caribe S.A.S.',
        nit: '900123456-8',
        contacto: 'Marcela Ospina',
        direccion: 'Cra. 52 # 14-30, Medellín',
        telefono: '(574) 444 1234',
        marca: 'datalogic',
        modelo: 'Magellan 3450VSi',
        serial: 'D1823004567'
      },
      comments: [
        {
          role: 'agent',
          authorName: AGENT,
          body: 'Se actualizó el firmware del lector y se cambió el cable USB. Quedó funcionando sin reinicios durante la prueba. Damos por resuelta la solicitud.',
          minutesAfter: 2880
        }
      ]
    },
    {
      subject: 'Escáner de documentos atasca las hojas',
      description: '',
      categoryId: 'soporte-tecnico',
      statusId: 'abierta',
      priority: 'normal',
      requesterId: 'user-hernan',
      daysAgo: 1,
      fields: {
        empresa: 'Droguería Central Ltda.',
        nit: '890904478-6',
        direccion: 'Calle 10 # 43-12, Bogotá',
        telefono: '601 555 0199',
        marca: 'otros',
        modelo: 'DS-530 II',
        serial: 'X4KZ004512'
      }
    }
  ],
  // not in the seed: the articles
  articles: [
    {
      id: 'registro-portal',
      title: 'Cómo registrarse en el Portal de soporte',
      excerpt:
        'Haga clic en "Inscríbete", ingrese su correo electrónico y dé clic en "Enviar enlace"; luego complete su nombre y una contraseña.',
      url: 'https://example.com/ayuda/registro-portal'
    },
    {
      id: 'datos-equipo',
      title: 'Dónde encontrar la marca, el modelo y el serial de su equipo',
      excerpt:
        'La etiqueta con el modelo y el serial está en la base o en la parte trasera del escáner o la impresora; adjunte una foto para agilizar la garantía.',
      url: 'https://example.com/ayuda/datos-equipo'
    },
    {
      id: 'garantia-cobertura',
      title: 'Qué cubre la garantía de escáneres e impresoras',
      excerpt:
        'La garantía cubre fallas de fabricación; golpes, humedad o piezas de desgaste como cabezales y cables no están cubiertos.',
      url: 'https://example.com/ayuda/garantia-cobertura'
    }
  ],
  capabilities: {
    // Seed steps 3 to 7: "Inscríbete", a private registration link by e-mail, name and password.
    accounts: { signup: { mode: 'api' }, passwordReset: { mode: 'api' } },
    entitlements: false,
    invoices: false,
    phoneCallBack: false
  }
};
