import { expect } from '@open-wc/testing';
import type { Category } from '../../../src/core/index.js';
import { presets } from '../../../src/widget/presets/index.js';
import { cleanUp, openAdapter } from './fixtures.js';

function allIds(tree: readonly Category[]): string[] {
  return tree.flatMap(category => [category.id, ...allIds(category.children ?? [])]);
}

// Every shipped preset must seed the local backend: its sample cases name real categories, statuses and users, and
// every category reaches a form.
describe('local adapter: every shipped preset seeds and serves', () => {
  afterEach(cleanUp);

  for (const preset of Object.values(presets)) {
    it(`seeds "${preset.id}"`, async () => {
      const adapter = await openAdapter({ preset });
      expect(await adapter.support.listAllCases()).to.have.length(preset.cases?.length ?? 0);
      for (const id of allIds(await adapter.listCategories())) await adapter.getForm(id);
      const [user] = preset.users;
      if (!user) return;
      await adapter.signIn({ kind: 'password', login: user.email, password: user.password });
      const mine = await adapter.listCases({ scope: 'mine', size: 100 });
      for (const item of mine.items) await adapter.listComments(item.id, { size: 100 });
      await adapter.capabilities();
    });
  }
});
