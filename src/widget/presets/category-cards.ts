import type { Category, FieldDefinition, FormDefinition } from '../../core/index.js';
import type { Preset } from '../../core/preset.js';

// Seed 002: a client web portal with five category cards. Card titles, hints, descriptions and subcategories are
// the seed's, word for word and in its order ("Otros" included where the seed lists it); the emoji are the seed's
// quick-classification guide's. The seed lists no subcategories for "Plataforma Inaccesible" and "LinkedIn": those
// cards are chosen as they are, and their longer explanation from the seed becomes their form's description.

/** A stable id from a name: lower case, no accents, words joined by hyphens. */
function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function subcategories(parentId: string, names: readonly string[]): Category[] {
  return names.map(name => ({ id: `${parentId}-${slug(name)}`, name }));
}

const categories: Category[] = [
  {
    id: 'solicitudes',
    name: 'Solicitudes',
    hint: '¿Necesitas algo nuevo?',
    icon: '💡',
    description:
      'Úsala para implementaciones, nuevos servicios, capacitaciones, actualizaciones de versión, desarrollo o temas administrativos.',
    defaultPriority: 'normal',
    formId: 'ticket',
    children: subcategories('solicitudes', [
      'Actualizaciones de versión',
      'Administración',
      'Avisos concurrencia',
      'Bajas',
      'Capacitación',
      'Desarrollos',
      'Dominios',
      'Gráfica',
      'Nuevos servicios',
      'Reclamo',
      'Seguridad',
      'Web de Clientes',
      'Otros'
    ])
  },
  {
    id: 'inconveniente-tecnico',
    name: 'Inconveniente Técnico',
    hint: '¿Algo falló?',
    icon: '🔧',
    description:
      'Selecciona esta opción ante fallos en la plataforma, mensajes de error, lentitud o interrupciones que afecten tu operativa normal.',
    defaultPriority: 'high',
    formId: 'ticket',
    children: subcategories('inconveniente-tecnico', [
      'Acciones Masivas',
      'Autenticación',
      'Configuraciones',
      'Idioma',
      'Integraciones',
      'Lentitud',
      'Mensaje error',
      'Notificaciones',
      'Plugins',
      'Registros',
      'Reportes',
      'Roles',
      'Seguridad',
      'Web de Clientes',
      'Otros'
    ])
  },
  {
    id: 'consultas',
    name: 'Consultas',
    hint: '¿Dudas de uso?',
    icon: '❓',
    description:
      'Ideal para solicitar información sobre cómo usar funciones, reportes, integraciones, configuraciones o notificaciones.',
    defaultPriority: 'low',
    formId: 'ticket',
    children: subcategories('consultas', [
      'Acciones Masivas',
      'Autenticación',
      'Configuraciones',
      'Integraciones',
      'Notificaciones',
      'Otros',
      'Plugins',
      'Registros',
      'Reportes',
      'Roles'
    ])
  },
  {
    id: 'plataforma-inaccesible',
    name: 'Plataforma Inaccesible',
    hint: '¿Emergencia Total?',
    icon: '🚨',
    description:
      'Actívala ÚNICAMENTE si el sistema no carga en absoluto, genera una alerta de alta prioridad y notifica de inmediato a los equipos técnicos.',
    defaultPriority: 'urgent',
    emergency: true,
    formId: 'emergency'
  },
  {
    id: 'linkedin',
    name: 'LinkedIn',
    hint: '¿Alianza o Demos?',
    icon: '🤝',
    description:
      'Para conocer productos de la alianza, solicitar demostraciones o pedir asistencia específica sobre los productos LinkedIn.',
    defaultPriority: 'low',
    formId: 'linkedin'
  }
];

/** The seed's step 3 names the fields: platform, title, description, and screenshots or documents. */
const fields: FieldDefinition[] = [
  {
    id: 'plataforma',
    kind: 'select',
    label: 'Plataforma',
    required: true,
    // The seed says "selecciona tu plataforma" without naming any: a short invented list a vendor replaces.
    options: [
      { value: 'web', label: 'Plataforma web' },
      { value: 'web-clientes', label: 'Web de Clientes' },
      { value: 'app-movil', label: 'App móvil' },
      { value: 'api', label: 'API e integraciones' },
      { value: 'otra', label: 'Otra' }
    ]
  },
  {
    id: 'titulo',
    kind: 'text',
    label: 'Título',
    placeholder: 'Un título específico',
    required: true,
    maxLength: 200
  },
  {
    id: 'descripcion',
    kind: 'textarea',
    label: 'Descripción',
    help: 'Redacta una descripción amplia.',
    required: true,
    maxLength: 10_000
  }
];

const attachments: FormDefinition['attachments'] = {
  maxFiles: 5,
  maxFileBytes: 10 * 1024 * 1024,
  accept: ['image/*', '.pdf', '.doc', '.docx', '.xls', '.xlsx', '.txt', '.csv']
};

/** The three cards share the fields; each form's description is the seed's text for its card. */
function form(id: string, title: string, description: string): FormDefinition {
  return {
    id,
    title,
    description,
    fields,
    attachments,
    channels: ['ticket'],
    subjectField: 'titulo',
    descriptionField: 'descripcion'
  };
}

const forms: FormDefinition[] = [
  form(
    'ticket',
    'Detallar la solicitud',
    'Completa la subcategoría, selecciona tu plataforma, asigna un título específico y redacta una descripción amplia; no olvides adjuntar capturas o documentos para el diagnóstico.'
  ),
  form(
    'emergency',
    'Plataforma Inaccesible',
    'Utiliza esta opción únicamente si no puedes acceder a la plataforma. Al ser una categoría de emergencia, genera automática una alerta de alta prioridad y notifica de inmediato a los equipos técnicos responsables.'
  ),
  form(
    'linkedin',
    'LinkedIn',
    'Si quieres conocer sobre la alianza o solicitar una demo. Y si cuentas con el producto, desde acá puedes solicitar información o asistencia acerca del mismo.'
  )
];

const AGENT = 'Laura Méndez (Soporte)';

export const categoryCards: Preset = {
  id: 'category-cards',
  name: 'Web de Clientes',
  locale: 'es',
  referencePrefix: 'CAS',
  categories,
  forms,
  // Customer-facing names. "Esperando su respuesta": support waits for the customer; "Respondido": the customer
  // answered and support is to act. A customer reply moves a case to "Respondido", an agent reply to "Esperando
  // su respuesta".
  statuses: [
    { id: 'nuevo', label: 'Nuevo', category: 'new' },
    { id: 'en-revision', label: 'En revisión', category: 'open' },
    { id: 'esperando-su-respuesta', label: 'Esperando su respuesta', category: 'waiting-on-customer' },
    { id: 'respondido', label: 'Respondido', category: 'waiting-on-support' },
    { id: 'resuelto', label: 'Resuelto', category: 'resolved' },
    { id: 'cerrado', label: 'Cerrado', category: 'closed' }
  ],
  initialStatusId: 'nuevo',
  organizations: [{ id: 'org-andina', name: 'Comercializadora Andina S.A.S.' }],
  users: [
    {
      id: 'user-camila',
      name: 'Camila Rojas',
      email: 'cliente@example.com',
      password: 'Demo-2026!',
      organizationId: 'org-andina'
    },
    {
      id: 'user-andres',
      name: 'Andrés Gómez',
      email: 'colega@example.com',
      password: 'Demo-2026!',
      organizationId: 'org-andina'
    }
  ],
  cases: [
    {
      subject: 'Los reportes de ventas tardan más de un minuto en cargar',
      description:
        'Desde el lunes, el reporte mensual de ventas tarda más de un minuto en abrir y a veces se corta. Pasa en todos los equipos de la oficina.',
      categoryId: 'inconveniente-tecnico-lentitud',
      statusId: 'esperando-su-respuesta',
      priority: 'high',
      requesterId: 'user-camila',
      daysAgo: 2,
      fields: { plataforma: 'web' },
      comments: [
        {
          role: 'agent',
          authorName: AGENT,
          body: 'Hola, Camila. Ya lo estamos revisando. ¿Nos indicas el rango de fechas del reporte y una captura del momento en que se corta?',
          minutesAfter: 45
        }
      ]
    },
    {
      subject: 'Capacitación para el equipo nuevo de ventas',
      description:
        'Ingresaron cinco personas al equipo de ventas. Queremos una capacitación de dos horas sobre reportes y acciones masivas.',
      categoryId: 'solicitudes-capacitacion',
      statusId: 'respondido',
      priority: 'normal',
      requesterId: 'user-camila',
      daysAgo: 6,
      fields: { plataforma: 'web' },
      comments: [
        {
          role: 'agent',
          authorName: AGENT,
          body: 'Con gusto. Tenemos disponibilidad el martes o el jueves a las 10:00. ¿Qué día les conviene?',
          minutesAfter: 120
        },
        {
          role: 'customer',
          authorName: 'Camila Rojas',
          body: 'El jueves a las 10:00 nos queda perfecto. Gracias.',
          minutesAfter: 300
        }
      ]
    },
    {
      subject: '¿Cómo programo el envío automático de un reporte?',
      description: 'Necesito que el reporte de cartera llegue por correo cada lunes a las 8:00 a la gerencia.',
      categoryId: 'consultas-reportes',
      statusId: 'resuelto',
      priority: 'low',
      requesterId: 'user-andres',
      daysAgo: 12,
      fields: { plataforma: 'web-clientes' },
      comments: [
        {
          role: 'agent',
          authorName: AGENT,
          body: 'En Reportes, abre el reporte de cartera y usa «Programar envío»: elige «Semanal», lunes, 8:00, y agrega los correos de la gerencia.',
          minutesAfter: 90
        }
      ]
    },
    {
      subject: 'Solicitud de demostración de los productos LinkedIn',
      description: 'Nos interesa conocer la alianza y ver una demo para el área comercial.',
      categoryId: 'linkedin',
      statusId: 'nuevo',
      priority: 'low',
      requesterId: 'user-camila',
      daysAgo: 1,
      fields: { plataforma: 'otra' }
    }
  ],
  articles: [
    {
      id: 'adjuntar-capturas',
      title: 'Cómo adjuntar capturas de pantalla y documentos a un ticket',
      excerpt:
        'Incluir capturas de pantalla o documentos técnicos facilita significativamente el diagnóstico y reduce el tiempo de resolución.',
      url: 'https://example.com/ayuda/adjuntar-capturas'
    },
    {
      id: 'plataforma-no-carga',
      title: 'Qué hacer si la plataforma no carga',
      excerpt:
        'Revisa tu conexión y prueba en otro navegador; si el sistema no carga en absoluto, abre un caso de Plataforma Inaccesible.',
      url: 'https://example.com/ayuda/plataforma-no-carga'
    }
  ],
  capabilities: { entitlements: false, invoices: false, phoneCallBack: false }
};
