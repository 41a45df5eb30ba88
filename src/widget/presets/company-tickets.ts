import type { Category, FieldDefinition, FormDefinition, Invoice } from '../../core/index.js';
import type { Preset } from '../../core/preset.js';

// Seed 003: the "Mi empresa" module inside a business application. It has two sub-menus: "Facturas" (the license
// charges, past and upcoming) and "Tickets de mi empresa" (every ticket of the company). A new ticket asks for
// Asunto, Aplicación, Módulo (its options depend on the application), Departamento, Prioridad and Descripción, with
// up to three images (previewed) and one document. Once sent, the original message is locked and "Nueva respuesta"
// adds replies with more images and documents; messages show newest first. Labels are the seed's, word for word.
// The priority is the customer's choice (`priorityField`); the UI names the core priorities ("Urgente" is
// `urgent`). The seed's buttons "Nuevo", "Agregar", "Nueva respuesta" and "Salir" are UI text (message catalog).

const categories: Category[] = [
  {
    id: 'tickets-mi-empresa',
    name: 'Tickets de mi empresa',
    icon: '🎫', // not in the seed: the icon
    // not in the seed: the description (condensed from the seed's introduction)
    description: 'Registre problemas técnicos o consultas sobre el sistema y haga seguimiento de su solución.',
    defaultPriority: 'normal',
    formId: 'nuevo-ticket'
  }
];

const fields: FieldDefinition[] = [
  {
    id: 'asunto',
    kind: 'text',
    label: 'Asunto',
    placeholder: 'Cambio de número de celular para mi empresa',
    required: true,
    maxLength: 200
  },
  {
    id: 'aplicacion',
    kind: 'select',
    label: 'Aplicación',
    required: true,
    options: [
      { value: 'administrativo', label: 'Administrativo' },
      // not in the seed: the other applications
      { value: 'nomina', label: 'Nómina' },
      { value: 'contabilidad', label: 'Contabilidad' },
      { value: 'punto-de-venta', label: 'Punto de venta' }
    ]
  },
  {
    id: 'modulo',
    kind: 'select',
    label: 'Módulo',
    required: true,
    dependsOn: 'aplicacion',
    // The seed's example is "Administrativo" in "Administrativo". not in the seed: every other module
    optionsByParent: {
      administrativo: [
        { value: 'administrativo', label: 'Administrativo' },
        { value: 'usuarios', label: 'Usuarios y permisos' },
        { value: 'mi-empresa', label: 'Mi empresa' },
        { value: 'configuracion', label: 'Configuración' }
      ],
      nomina: [
        { value: 'empleados', label: 'Empleados' },
        { value: 'liquidacion', label: 'Liquidación de nómina' },
        { value: 'nomina-electronica', label: 'Nómina electrónica' }
      ],
      contabilidad: [
        { value: 'comprobantes', label: 'Comprobantes' },
        { value: 'informes', label: 'Informes contables' },
        { value: 'impuestos', label: 'Impuestos' }
      ],
      'punto-de-venta': [
        { value: 'caja', label: 'Caja' },
        { value: 'facturacion-electronica', label: 'Facturación electrónica' },
        { value: 'inventario', label: 'Inventario' }
      ]
    }
  },
  {
    id: 'departamento',
    kind: 'select',
    label: 'Departamento',
    required: true,
    options: [
      { value: 'soporte-tecnico', label: 'Soporte Técnico' },
      // not in the seed: the other departments
      { value: 'facturacion', label: 'Facturación' },
      { value: 'comercial', label: 'Comercial' }
    ]
  },
  { id: 'descripcion', kind: 'textarea', label: 'Descripción', required: true, maxLength: 10_000 }
];

const forms: FormDefinition[] = [
  {
    id: 'nuevo-ticket',
    title: 'Nuevo ticket',
    fields,
    // Seed: three images with preview and one document.
    attachments: {
      maxFiles: 4,
      maxFileBytes: 5 * 1024 * 1024, // not in the seed: the size limit
      // not in the seed: which document types
      accept: ['image/*', '.pdf', '.doc', '.docx', '.xls', '.xlsx', '.txt'],
      perKind: { image: 3, document: 1 }
    },
    channels: ['ticket'],
    subjectField: 'asunto',
    descriptionField: 'descripcion',
    priorityField: true
  }
];

// not in the seed: the invoices. Monthly license charges around today: paid, overdue, open and the next one.
const MONTHLY_LICENSE = 389_900;

/** The first and last day of the month `offset` months from this one, and its 10th (the due date). */
function month(offset: number): { start: string; end: string; due: string } {
  const now = new Date();
  const first = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset, 1));
  const last = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset + 1, 0));
  const iso = (date: Date) => date.toISOString().slice(0, 10);
  return { start: iso(first), end: iso(last), due: `${iso(first).slice(0, 8)}10` };
}

function invoice(offset: number, status: Invoice['status'], amount = MONTHLY_LICENSE): Invoice {
  const { start, end, due } = month(offset);
  return {
    id: `fac-${start.slice(0, 7)}`,
    number: `FE-${start.slice(0, 7).replace('-', '')}`,
    periodStart: start,
    periodEnd: end,
    amount,
    currency: 'COP',
    dueDate: due,
    status,
    ...(status === 'draft' ? {} : { issuedAt: `${start}T13:00:00Z` })
  };
}

const invoices: Invoice[] = [
  invoice(1, 'draft'),
  invoice(0, 'open'),
  invoice(-1, 'overdue'),
  invoice(-2, 'paid'),
  invoice(-3, 'paid', 349_900),
  invoice(-4, 'paid', 349_900)
];

const AGENT = 'Soporte Técnico'; // not in the seed: how agents sign

export const companyTickets: Preset = {
  id: 'company-tickets',
  name: 'Mi empresa',
  locale: 'es',
  referencePrefix: 'TK', // not in the seed: the prefix
  categories,
  forms,
  // The seed's states: waiting for a response, answered, closed. A customer reply moves a ticket to "Esperando
  // respuesta", an agent reply to "Respondido". not in the seed: "Abierto", the state of a ticket nobody read yet
  statuses: [
    { id: 'abierto', label: 'Abierto', category: 'new' },
    { id: 'esperando-respuesta', label: 'Esperando respuesta', category: 'waiting-on-support' },
    { id: 'respondido', label: 'Respondido', category: 'waiting-on-customer' },
    { id: 'cerrado', label: 'Cerrado', category: 'closed' }
  ],
  initialStatusId: 'abierto',
  // not in the seed: organizations, users and sample tickets (the first is the seed's example)
  organizations: [
    { id: 'org-panaderia', name: 'Panadería La Espiga S.A.S.' },
    { id: 'org-ferreteria', name: 'Ferretería El Tornillo S.A.S.' }
  ],
  users: [
    {
      id: 'user-gabriela',
      name: 'Gabriela Pérez',
      email: 'gabriela.perez@example.com',
      password: 'Demo-2026!',
      organizationId: 'org-panaderia'
    },
    {
      id: 'user-luis',
      name: 'Luis Contreras',
      email: 'luis.contreras@example.com',
      password: 'Demo-2026!',
      organizationId: 'org-panaderia'
    },
    {
      id: 'user-oscar',
      name: 'Óscar Medina',
      email: 'oscar.medina@example.com',
      password: 'Demo-2026!',
      organizationId: 'org-ferreteria'
    }
  ],
  cases: [
    {
      subject: 'Cambio de número de celular para mi empresa',
      description:
        'Necesitamos cambiar el número de celular registrado de la empresa por el 300 555 1234, porque el anterior ya no está en uso.',
      categoryId: 'tickets-mi-empresa',
      statusId: 'respondido',
      priority: 'urgent',
      requesterId: 'user-gabriela',
      daysAgo: 1,
      fields: { aplicacion: 'administrativo', modulo: 'administrativo', departamento: 'soporte-tecnico' },
      comments: [
        {
          role: 'agent',
          authorName: AGENT,
          body: 'Buen día. Ya actualizamos el número de celular de su empresa. Por favor, verifique en Mi empresa que el nuevo número aparezca correctamente.',
          minutesAfter: 50
        }
      ]
    },
    {
      subject: 'El recibo de nómina no muestra las horas extra',
      description: 'En la liquidación de la última quincena los recibos no muestran las horas extra nocturnas.',
      categoryId: 'tickets-mi-empresa',
      statusId: 'esperando-respuesta',
      priority: 'high',
      requesterId: 'user-gabriela',
      daysAgo: 3,
      fields: { aplicacion: 'nomina', modulo: 'liquidacion', departamento: 'soporte-tecnico' },
      comments: [
        {
          role: 'agent',
          authorName: AGENT,
          body: '¿Nos puede enviar una captura del recibo y el nombre de uno de los empleados afectados?',
          minutesAfter: 120
        },
        {
          role: 'customer',
          authorName: 'Gabriela Pérez',
          body: 'Claro, el caso es el de Pedro Gil. Adjunto la captura del recibo.',
          minutesAfter: 200
        }
      ]
    },
    {
      subject: 'Duda con el cargo de la licencia de este mes',
      description: 'La factura de este mes tiene un valor distinto al de los meses anteriores. ¿A qué se debe?',
      categoryId: 'tickets-mi-empresa',
      statusId: 'cerrado',
      priority: 'normal',
      requesterId: 'user-luis',
      daysAgo: 20,
      fields: { aplicacion: 'administrativo', modulo: 'mi-empresa', departamento: 'facturacion' },
      comments: [
        {
          role: 'agent',
          authorName: 'Facturación',
          body: 'El nuevo valor corresponde al ajuste anual de la licencia, informado por correo el mes pasado. Cerramos el ticket; puede responder si tiene otra duda.',
          minutesAfter: 300
        }
      ]
    },
    {
      subject: 'La caja no imprime la factura electrónica',
      description: 'Desde ayer la caja 2 muestra un error al imprimir la factura electrónica.',
      categoryId: 'tickets-mi-empresa',
      statusId: 'abierto',
      priority: 'high',
      requesterId: 'user-oscar',
      daysAgo: 1,
      fields: { aplicacion: 'punto-de-venta', modulo: 'facturacion-electronica', departamento: 'soporte-tecnico' }
    }
  ],
  invoices,
  // not in the seed: the articles
  articles: [
    {
      id: 'datos-empresa',
      title: 'Cómo actualizar los datos de mi empresa',
      excerpt: 'En el módulo Mi empresa puede cambiar la dirección, el correo y el número de celular de la empresa.',
      url: 'https://example.com/ayuda/datos-empresa'
    },
    {
      id: 'facturas-licencia',
      title: 'Cómo leer las facturas de la licencia',
      excerpt: 'El submenú Facturas muestra los cargos de su licencia, pagados y por pagar, y los cargos futuros.',
      url: 'https://example.com/ayuda/facturas-licencia'
    },
    {
      id: 'responder-ticket',
      title: 'Cómo agregar información a un ticket enviado',
      excerpt:
        'El mensaje original no se puede editar; use "Nueva respuesta" para agregar texto, imágenes y documentos.',
      url: 'https://example.com/ayuda/responder-ticket'
    }
  ],
  capabilities: {
    // not in the seed: how accounts are made. The module lives inside the application, so the company's users
    // already exist; there is no self-registration.
    accounts: { signup: { mode: 'none' } },
    cases: { organizationScope: true },
    entitlements: false,
    invoices: true,
    phoneCallBack: false
  }
};
