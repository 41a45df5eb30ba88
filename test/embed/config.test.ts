import { expect } from '@open-wc/testing';
import { parseEmbedConfig } from '../../src/embed/config.js';

const made: Element[] = [];

function script(attributes: Record<string, string>): HTMLScriptElement {
  // type text/plain: a stand-in for the vendor's tag, never run.
  const element = document.createElement('script');
  element.type = 'text/plain';
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  document.body.append(element);
  made.push(element);
  return element;
}

function jsonConfig(id: string, content: string): void {
  const element = document.createElement('script');
  element.type = 'application/json';
  element.id = id;
  element.textContent = content;
  document.body.append(element);
  made.push(element);
}

describe('script tag configuration', () => {
  afterEach(() => made.splice(0).forEach(element => element.remove()));

  it('has defaults for a bare script tag', () => {
    const { config, problems } = parseEmbedConfig(script({}));
    expect(config).to.deep.equal({
      preset: 'category-cards',
      backend: 'local',
      theme: 'auto',
      position: 'bottom-end',
      syncHash: false
    });
    expect(problems).to.deep.equal([]);
    expect(parseEmbedConfig(null).config.preset).to.equal('category-cards');
  });

  it('reads every data attribute', () => {
    const { config, problems } = parseEmbedConfig(
      script({
        'data-preset': 'support-hours',
        'data-backend': 'rest',
        'data-endpoint': 'https://soporte.example.com/api',
        'data-locale': 'pt-BR',
        'data-theme': 'dark',
        'data-position': 'bottom-start',
        'data-target': '#help',
        'data-view': 'my-cases',
        'data-sync-hash': '',
        'data-label': 'Soporte',
        'data-icon': 'chat',
        'data-title': 'Mesa de ayuda'
      })
    );
    expect(problems).to.deep.equal([]);
    expect(config).to.deep.equal({
      preset: 'support-hours',
      backend: 'rest',
      endpoint: 'https://soporte.example.com/api',
      locale: 'pt-BR',
      theme: 'dark',
      position: 'bottom-start',
      target: '#help',
      view: 'my-cases',
      syncHash: true,
      label: 'Soporte',
      icon: 'chat',
      title: 'Mesa de ayuda'
    });
  });

  it('reports wrong values and keeps the defaults in their place', () => {
    const { config, problems } = parseEmbedConfig(
      script({ 'data-backend': 'freshdesk', 'data-theme': 'pink', 'data-position': 'top', 'data-sync-hash': 'false' })
    );
    expect(config.backend).to.equal('local');
    expect(config.theme).to.equal('auto');
    expect(config.position).to.equal('bottom-end');
    expect(config.syncHash).to.equal(false);
    expect(problems).to.have.length(3);
    expect(problems[0]).to.include('backend "freshdesk" is not one of local, rest, jira-service-management, zendesk');
  });

  it('asks for an endpoint for a remote backend', () => {
    const { problems } = parseEmbedConfig(script({ 'data-backend': 'zendesk' }));
    expect(problems).to.deep.equal(['helpdesk-elements: the "zendesk" backend needs data-endpoint (its base URL).']);
  });

  it('reads the JSON config by its default id, under the data attributes', () => {
    jsonConfig(
      'helpdesk-config',
      JSON.stringify({
        preset: 'company-tickets',
        locale: 'en',
        syncHash: true,
        portal: { title: 'Support' },
        messages: { 'portal.title': 'Support' }
      })
    );
    const { config, problems } = parseEmbedConfig(script({ 'data-locale': 'es' }));
    expect(problems).to.deep.equal([]);
    expect(config.preset).to.equal('company-tickets');
    expect(config.locale, 'data-* wins over JSON').to.equal('es');
    expect(config.syncHash).to.equal(true);
    expect(config.portal).to.deep.equal({ title: 'Support' });
    expect(config.messages).to.deep.equal({ 'portal.title': 'Support' });
  });

  it('reads the JSON config data-config points to, and reports a broken or missing one', () => {
    jsonConfig('my-help', '{"preset": "cloud-services", "position": "bottom-start"}');
    expect(parseEmbedConfig(script({ 'data-config': '#my-help' })).config).to.include({
      preset: 'cloud-services',
      position: 'bottom-start'
    });
    expect(parseEmbedConfig(script({ 'data-config': 'my-help' })).config.preset).to.equal('cloud-services');
    expect(parseEmbedConfig(script({ 'data-config': '#nowhere' })).problems[0]).to.include('no element has that id');
    jsonConfig('broken', '{preset: nope}');
    expect(parseEmbedConfig(script({ 'data-config': 'broken' })).problems[0]).to.include('is not valid JSON');
    jsonConfig('list', '[1, 2]');
    expect(parseEmbedConfig(script({ 'data-config': 'list' })).problems[0]).to.include('must be an object');
  });
});
