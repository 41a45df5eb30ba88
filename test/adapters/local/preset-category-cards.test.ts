import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { Article, Category, FormDefinition, Organization, Status } from '../../../src/core/index.js';
import { categoryCards } from '../../../src/widget/presets/category-cards.js';
import { presets } from '../../../src/widget/presets/index.js';

describe('preset: category-cards (seed 002)', () => {
  it('is registered by id and its data passes the core schemas', () => {
    expect(presets['category-cards']).to.equal(categoryCards);
    expect(z.array(Category).safeParse(categoryCards.categories).success).to.equal(true);
    expect(z.array(FormDefinition).safeParse(categoryCards.forms).success).to.equal(true);
    expect(z.array(Status).safeParse(categoryCards.statuses).success).to.equal(true);
    expect(z.array(Organization).safeParse(categoryCards.organizations).success).to.equal(true);
    expect(z.array(Article).safeParse(categoryCards.articles).success).to.equal(true);
  });

  it('has the five cards of the seed, with their hints, icons and subcategories', () => {
    const cards = categoryCards.categories;
    expect(cards.map(card => [card.icon, card.hint, card.name])).to.deep.equal([
      ['💡', '¿Necesitas algo nuevo?', 'Solicitudes'],
      ['🔧', '¿Algo falló?', 'Inconveniente Técnico'],
      ['❓', '¿Dudas de uso?', 'Consultas'],
      ['🚨', '¿Emergencia Total?', 'Plataforma Inaccesible'],
      ['🤝', '¿Alianza o Demos?', 'LinkedIn']
    ]);
    expect(cards.map(card => card.children?.length ?? 0)).to.deep.equal([13, 15, 10, 0, 0]);
    for (const card of cards.slice(0, 3)) {
      expect(card.children!.map(child => child.name)).to.include('Otros');
    }
    const ids = cards.flatMap(card => [card.id, ...(card.children ?? []).map(child => child.id)]);
    expect(new Set(ids).size).to.equal(ids.length);
    const emergency = cards[3]!;
    expect(emergency).to.include({ emergency: true, defaultPriority: 'urgent' });
    expect(emergency.description).to.contain('ÚNICAMENTE si el sistema no carga en absoluto');
  });

  it('asks for platform, title, description and up to 5 attachments of 10 MB', () => {
    for (const form of categoryCards.forms) {
      expect(form.fields.map(field => field.label)).to.deep.equal(['Plataforma', 'Título', 'Descripción']);
      expect(form.attachments).to.include({ maxFiles: 5, maxFileBytes: 10 * 1024 * 1024 });
    }
    const statusIds = categoryCards.statuses.map(status => status.id);
    expect(statusIds).to.include(categoryCards.initialStatusId);
    for (const sample of categoryCards.cases ?? []) expect(statusIds).to.include(sample.statusId);
  });
});
