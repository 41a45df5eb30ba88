import { expect } from '@open-wc/testing';
import { cleanUp, openAdapter, otherPreset, rejection, signedIn } from './fixtures.js';

describe('local adapter: catalog and extras', () => {
  afterEach(cleanUp);

  it('gives a category the form of its nearest ancestor, and not-found for unknown ones', async () => {
    const adapter = await openAdapter({ preset: otherPreset });
    expect((await adapter.getForm('support-billing-refunds')).id).to.equal('rich');
    // "fire" names no form and has no ancestor: the catalog's first form.
    expect((await adapter.getForm('fire')).id).to.equal('rich');
    await rejection(adapter.getForm('nope'), 'not-found');
  });

  it('answers dependent selects, cascades and lookups', async () => {
    const adapter = await openAdapter({ preset: otherPreset });
    const values = async (fieldId: string, query = {}) =>
      (await adapter.getFieldOptions('rich', fieldId, query)).map(option => option.value);

    expect(await values('module', { parentValues: { app: 'erp' } })).to.deep.equal(['ledger', 'payroll']);
    expect(await values('module', { parentValues: { app: 'crm' } })).to.deep.equal(['leads']);
    expect(await values('module')).to.deep.equal([]);
    expect(await values('module', { parentValues: { app: 'erp' }, query: 'PAY' })).to.deep.equal(['payroll']);

    expect(await values('service')).to.deep.equal(['cloud']);
    expect(await values('service', { parentValues: { service: ['cloud'] } })).to.deep.equal(['vm', 'dns']);
    expect(await values('service', { parentValues: { service: ['cloud', 'vm'] } })).to.deep.equal(['disk']);

    expect(await values('customer', { query: 'canas' })).to.deep.equal(['c1']);
    expect(await values('customer', { query: 'A-200' })).to.deep.equal(['c2']);
    expect(await values('customer')).to.deep.equal(['c1', 'c2']);

    await rejection(adapter.getFieldOptions('rich', 'nope'), 'not-found');
    await rejection(adapter.getFieldOptions('nope', 'module'), 'not-found');
  });

  it('suggests up to five articles by title and excerpt words, ignoring accents', async () => {
    const adapter = await openAdapter();
    const titles = async (query: string) => (await adapter.suggestArticles(query)).map(article => article.id);
    expect(await titles('la plataforma no carga')).to.deep.equal(['plataforma-no-carga']);
    expect(await titles('CAPTURA de pantalla')).to.deep.equal(['adjuntar-capturas']);
    expect(await titles('diagnostico')).to.deep.equal(['adjuntar-capturas']);
    expect(await titles('de la')).to.deep.equal([]);
  });

  it('throws unsupported for extras the preset turned off', async () => {
    const cards = await signedIn(await openAdapter());
    await rejection(cards.listEntitlements(), 'unsupported');
    await rejection(cards.listInvoices(), 'unsupported');
    const other = await openAdapter({ preset: otherPreset });
    await rejection(other.suggestArticles('billing'), 'unsupported');
  });
});
