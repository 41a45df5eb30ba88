import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement, html as litHtml } from 'lit';
import { DraftController } from '../../src/controllers/draft-controller.js';
import { IndexedDbDraftStore } from '../../src/core/drafts/indexeddb-draft-store.js';

const store = new IndexedDbDraftStore(`hd-test-drafts-${Date.now()}`);

/** A host with one input whose text is kept as a draft, the way the case form and the reply composer keep theirs. */
class DraftProbe extends LitElement {
  static override properties = { draftKey: { attribute: 'draft-key' } };
  draftKey = 'probe';
  readonly drafts = new DraftController(this, { key: () => this.draftKey, store, saveDelayMs: 20 });

  override connectedCallback(): void {
    super.connectedCallback();
    void this.drafts.restore();
  }

  protected override render() {
    return litHtml`<label
      >Asunto
      <input
        .value=${String(this.drafts.draft.values['subject'] ?? '')}
        @input=${(event: Event) =>
          this.drafts.update({ values: { subject: (event.target as HTMLInputElement).value } })}
    /></label>`;
  }
}
customElements.define('hd-test-draft-probe', DraftProbe);

async function typeInto(el: DraftProbe, text: string) {
  el.shadowRoot!.querySelector('input')!.focus();
  await sendKeys({ type: text });
}

describe('DraftController', () => {
  after(() => store.close());

  it('brings back what was typed after the element is rebuilt (a reload)', async () => {
    const first = await fixture<DraftProbe>(html`<hd-test-draft-probe draft-key="reload"></hd-test-draft-probe>`);
    await first.drafts.restore();
    await typeInto(first, 'Pantalla rota');
    await waitUntil(async () => (await store.load('reload'))?.values['subject'] === 'Pantalla rota', 'draft saved');
    const key = first.drafts.draft.idempotencyKey;
    first.remove();

    const second = await fixture<DraftProbe>(html`<hd-test-draft-probe draft-key="reload"></hd-test-draft-probe>`);
    await waitUntil(() => second.drafts.restored, 'draft restored');
    await second.updateComplete;
    expect(second.shadowRoot!.querySelector('input')!.value).to.equal('Pantalla rota');
    expect(second.drafts.draft.idempotencyKey, 'a restored draft keeps its idempotency key').to.equal(key);
  });

  it('writes a pending change at once when the host leaves the page', async () => {
    const el = await fixture<DraftProbe>(html`<hd-test-draft-probe draft-key="leave"></hd-test-draft-probe>`);
    el.drafts.update({ values: { subject: 'Sin pausa' } });
    el.remove();
    await waitUntil(async () => (await store.load('leave'))?.values['subject'] === 'Sin pausa', 'flushed on leave');
  });

  it('keeps drafts of different keys apart and forgets one when discarded', async () => {
    const mine = await fixture<DraftProbe>(html`<hd-test-draft-probe draft-key="user-a"></hd-test-draft-probe>`);
    await typeInto(mine, 'De A');
    await mine.drafts.flush();
    const theirs = await fixture<DraftProbe>(html`<hd-test-draft-probe draft-key="user-b"></hd-test-draft-probe>`);
    await theirs.drafts.restore();
    expect(theirs.drafts.restored).to.equal(false);
    expect(theirs.shadowRoot!.querySelector('input')!.value).to.equal('');

    const key = mine.drafts.draft.idempotencyKey;
    await mine.drafts.discard();
    expect(await store.load('user-a')).to.equal(undefined);
    expect(mine.drafts.draft.idempotencyKey).not.to.equal(key);
  });
});

describe('DraftController while the draft is still loading', () => {
  it('keeps what is typed before the stored draft has loaded', async () => {
    const el = await fixture<DraftProbe>(html`<hd-test-draft-probe draft-key="race"></hd-test-draft-probe>`);
    // Typing at once: restore() started in connectedCallback may not have finished yet.
    await typeInto(el, 'Rápido');
    await el.drafts.restore();
    await el.drafts.flush();
    expect(el.drafts.draft.values['subject']).to.equal('Rápido');
    expect((await store.load('race'))?.values['subject']).to.equal('Rápido');
  });
});

describe('DraftController when its key changes', () => {
  it('keeps each draft under its own key and starts the new one empty', async () => {
    const el = await fixture<DraftProbe>(html`<hd-test-draft-probe draft-key="switch-a"></hd-test-draft-probe>`);
    await el.drafts.restore();
    await typeInto(el, 'Palabras de A');
    el.draftKey = 'switch-b';
    await el.drafts.restore();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('input')!.value).to.equal('');
    expect((await store.load('switch-a'))?.values['subject']).to.equal('Palabras de A');
    expect(await store.load('switch-b')).to.equal(undefined);
  });
});
