import { expect } from '@open-wc/testing';
import {
  isFieldVisible,
  optionsFor,
  validateFieldValues,
  visibleValues,
  type FieldValues
} from '../../src/core/form-rules.js';
import type { FieldDefinition } from '../../src/core/model/form.js';
import { isValidNit, nitCheckDigit } from '../../src/core/tax-id.js';

const fields: FieldDefinition[] = [
  { id: 'subject', kind: 'text', label: 'Asunto', required: true, minLength: 5, maxLength: 80 },
  { id: 'email', kind: 'email', label: 'Correo' },
  { id: 'phone', kind: 'phone', label: 'Teléfono' },
  { id: 'units', kind: 'number', label: 'Unidades', min: 1, max: 10 },
  { id: 'serial', kind: 'text', label: 'Serial', pattern: '[A-Z]{2}-\\d{4}', patternMessage: 'Use AA-0000.' },
  { id: 'nit', kind: 'taxid', label: 'NIT', taxIdScheme: 'co-nit' },
  {
    id: 'app',
    kind: 'select',
    label: 'Aplicación',
    options: [
      { value: 'admin', label: 'Administrativo' },
      { value: 'pos', label: 'Punto de venta' }
    ]
  },
  {
    id: 'module',
    kind: 'select',
    label: 'Módulo',
    dependsOn: 'app',
    optionsByParent: { admin: [{ value: 'users', label: 'Usuarios' }], pos: [{ value: 'sales', label: 'Ventas' }] }
  },
  {
    id: 'brandOther',
    kind: 'text',
    label: 'Otra marca',
    required: true,
    visibleWhen: [{ field: 'brand', in: ['OTROS'] }]
  },
  {
    id: 'route',
    kind: 'cascade',
    label: 'Servicio',
    levels: ['Servicio', 'Tema'],
    options: [{ value: 'cloud', label: 'Nube', children: [{ value: 'autosky', label: 'Autosky' }] }]
  },
  { id: 'copy', kind: 'recipients', label: 'Destinatarios' }
];

function problems(values: FieldValues) {
  return validateFieldValues({ fields }, values);
}

describe('core form rules', () => {
  it('asks for required fields and accepts a complete form', () => {
    expect(problems({})).to.deep.equal({ subject: { rule: 'required' } });
    expect(problems({ subject: 'Pantalla rota' })).to.deep.equal({});
  });

  it('checks lengths, ranges and patterns with the form’s own wording', () => {
    expect(problems({ subject: 'abc' }).subject).to.deep.equal({ rule: 'minLength', limit: 5 });
    expect(problems({ subject: 'x'.repeat(81) }).subject).to.deep.equal({ rule: 'maxLength', limit: 80 });
    expect(problems({ subject: 'Pantalla', units: 11 }).units).to.deep.equal({ rule: 'max', limit: 10 });
    expect(problems({ subject: 'Pantalla', units: '0' }).units).to.deep.equal({ rule: 'min', limit: 1 });
    expect(problems({ subject: 'Pantalla', units: 'dos' }).units).to.deep.equal({ rule: 'number' });
    expect(problems({ subject: 'Pantalla', serial: 'ab-12' }).serial).to.deep.equal({
      rule: 'pattern',
      message: 'Use AA-0000.'
    });
    expect(problems({ subject: 'Pantalla', serial: 'AB-1234' }).serial).to.equal(undefined);
  });

  it('checks e-mail addresses, phone numbers and recipients', () => {
    expect(problems({ subject: 'Pantalla', email: 'ana@' }).email).to.deep.equal({ rule: 'email' });
    expect(problems({ subject: 'Pantalla', email: 'ana@example.com' }).email).to.equal(undefined);
    expect(problems({ subject: 'Pantalla', phone: '12' }).phone).to.deep.equal({ rule: 'phone' });
    expect(problems({ subject: 'Pantalla', phone: '(574) 501 7115' }).phone).to.equal(undefined);
    expect(problems({ subject: 'Pantalla', copy: ['ana@example.com', 'no'] }).copy).to.deep.equal({ rule: 'email' });
  });

  it('offers the options of the value chosen in the field a select depends on', () => {
    const module = fields.find(field => field.id === 'module')!;
    expect(optionsFor(module, {})).to.deep.equal([]);
    expect(optionsFor(module, { app: 'pos' }).map(option => option.value)).to.deep.equal(['sales']);
    expect(problems({ subject: 'Pantalla', app: 'pos', module: 'users' }).module).to.deep.equal({ rule: 'option' });
    expect(problems({ subject: 'Pantalla', app: 'admin', module: 'users' }).module).to.equal(undefined);
  });

  it('checks a cascade path level by level and wants it complete', () => {
    expect(problems({ subject: 'Pantalla', route: ['cloud', 'autosky'] }).route).to.equal(undefined);
    expect(problems({ subject: 'Pantalla', route: ['cloud', 'nope'] }).route).to.deep.equal({ rule: 'option' });
  });

  it('neither checks nor sends hidden fields', () => {
    const brandOther = fields.find(field => field.id === 'brandOther')!;
    expect(isFieldVisible(brandOther, { brand: 'HP' })).to.equal(false);
    expect(problems({ subject: 'Pantalla', brand: 'HP' })).to.deep.equal({});
    expect(problems({ subject: 'Pantalla', brand: 'OTROS' }).brandOther).to.deep.equal({ rule: 'required' });
    expect(visibleValues({ fields }, { subject: 'Pantalla', brand: 'HP', brandOther: 'Olvidada' })).to.deep.equal({
      subject: 'Pantalla'
    });
  });

  it('validates the Colombian NIT verification digit', () => {
    expect(nitCheckDigit('800197268')).to.equal(4);
    expect(isValidNit('800.197.268-4')).to.equal(true);
    expect(isValidNit('8001972684')).to.equal(true);
    expect(isValidNit('800197268-5')).to.equal(false);
    expect(isValidNit('abc')).to.equal(false);
    expect(problems({ subject: 'Pantalla', nit: '800197268-5' }).nit).to.deep.equal({ rule: 'taxid' });
  });
});
