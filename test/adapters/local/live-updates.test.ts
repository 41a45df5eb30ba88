import { expect } from '@open-wc/testing';
import type { DemoMail } from '../../../src/adapters/local/index.js';
import type { HelpDeskChange } from '../../../src/core/index.js';
import { caseInput, cleanUp, firstEvent, openAdapter, signedIn, uniqueDatabaseName } from './fixtures.js';

describe('local adapter: live updates', () => {
  afterEach(cleanUp);

  it("delivers one instance's changes to another instance's subscriber (another tab)", async () => {
    const databaseName = uniqueDatabaseName();
    const writer = await signedIn(await openAdapter({ databaseName }));
    const reader = await openAdapter({ databaseName });

    const created = firstEvent<HelpDeskChange>(
      listener => reader.subscribe(listener),
      change => change.type === 'case-created'
    );
    const item = await writer.createCase(caseInput(), { idempotencyKey: 'live-1' });
    expect(await created).to.deep.equal({ type: 'case-created', caseId: item.id });

    const commented = firstEvent<HelpDeskChange>(
      listener => reader.subscribe(listener),
      change => change.type === 'comment-added'
    );
    const comment = await writer.support.reply(item.id, { body: 'Hola' });
    expect(await commented).to.deep.equal({ type: 'comment-added', caseId: item.id, commentId: comment.id });

    const mail = firstEvent<DemoMail>(listener => reader.mailbox.subscribe(listener));
    await writer.requestPasswordReset('cliente@example.com');
    expect((await mail).link?.kind).to.equal('reset');
  });

  it('tells its own subscribers too, once, and stops after unsubscribe', async () => {
    const adapter = await signedIn(await openAdapter());
    const changes: HelpDeskChange[] = [];
    const unsubscribe = adapter.subscribe(change => changes.push(change));
    const item = await adapter.createCase(caseInput(), { idempotencyKey: 'own-1' });
    await adapter.closeCase(item.id);
    await adapter.signOut();
    expect(changes).to.deep.equal([
      { type: 'case-created', caseId: item.id },
      { type: 'case-updated', caseId: item.id },
      { type: 'session-changed' }
    ]);
    unsubscribe();
    await signedIn(adapter);
    expect(changes).to.have.length(3);
  });

  it('says so in its capabilities', async () => {
    const adapter = await openAdapter();
    const capabilities = await adapter.capabilities();
    expect(capabilities.liveUpdates).to.equal(true);
    // The preset switched these off.
    expect(capabilities.entitlements).to.equal(false);
    expect(capabilities.invoices).to.equal(false);
    expect(capabilities.cases.search).to.equal('fulltext');
    expect(capabilities.accounts.signup).to.deep.equal({ mode: 'api' });
  });
});
