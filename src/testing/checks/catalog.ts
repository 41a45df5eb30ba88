import type { HelpDeskAdapter } from '../../core/adapter.js';
import type { Category } from '../../core/model/catalog.js';
import type { FieldDefinition, FormDefinition } from '../../core/model/form.js';
import { assert, assertEqual, rejects, show } from '../assert.js';
import { check, type ConformanceGroup } from '../check.js';
import { skip, uniqueWord } from '../context.js';

function flatten(tree: readonly Category[]): Category[] {
  return tree.flatMap(category => [category, ...flatten(category.children ?? [])]);
}

function leaves(tree: readonly Category[]): Category[] {
  return flatten(tree).filter(category => (category.children ?? []).length === 0);
}

/** The forms of every leaf category, each once. */
async function allForms(adapter: HelpDeskAdapter): Promise<FormDefinition[]> {
  const forms = new Map<string, FormDefinition>();
  for (const category of leaves(await adapter.listCategories())) {
    const form = await adapter.getForm(category.id);
    forms.set(form.id, form);
  }
  return [...forms.values()];
}

async function findField(
  adapter: HelpDeskAdapter,
  matches: (field: FieldDefinition) => boolean
): Promise<{ form: FormDefinition; field: FieldDefinition } | undefined> {
  for (const form of await allForms(adapter)) {
    const field = form.fields.find(matches);
    if (field) return { form, field };
  }
  return undefined;
}

function assertFormConsistent(form: FormDefinition): void {
  const ids = form.fields.map(field => field.id);
  const known = new Set(ids);
  assertEqual(known.size, ids.length, `the number of distinct field ids of form ${show(form.id)}`);
  assert(known.has(form.subjectField), `form ${show(form.id)}: subjectField ${show(form.subjectField)} is no field`);
  if (form.descriptionField !== undefined) {
    assert(known.has(form.descriptionField), `form ${show(form.id)}: descriptionField is no field`);
  }
  for (const step of form.steps ?? []) {
    for (const id of step.fieldIds) assert(known.has(id), `form ${show(form.id)}: step ${step.id} names field ${id}`);
  }
  for (const field of form.fields) {
    const where = `form ${show(form.id)}, field ${show(field.id)}`;
    if (field.dependsOn !== undefined) assert(known.has(field.dependsOn), `${where}: dependsOn names no field`);
    for (const condition of field.visibleWhen ?? []) {
      assert(known.has(condition.field), `${where}: visibleWhen names the unknown field ${condition.field}`);
    }
    if (['select', 'multiselect', 'cascade'].includes(field.kind)) {
      const hasOptions = (field.options ?? []).length > 0 || field.optionsByParent !== undefined;
      assert(hasOptions || field.remoteOptions === true, `${where}: a ${field.kind} without options`);
    }
  }
}

export const catalogChecks: ConformanceGroup = {
  name: 'catalog',
  checks: [
    check('listCategories() returns a tree with unique ids that holds the fixture category', async t => {
      await t.signIn();
      const tree = await t.adapter.listCategories();
      assert(tree.length > 0, 'listCategories() returned no category');
      const ids = flatten(tree).map(category => category.id);
      const duplicates = ids.filter((id, index) => ids.indexOf(id) !== index);
      assertEqual(duplicates.length, 0, `duplicate category ids (${duplicates.join(', ')})`);
      assert(ids.includes(t.fixture.categoryId), `fixture.categoryId ${show(t.fixture.categoryId)} is not in the tree`);
    }),

    check("every leaf category opens a form, its own or its nearest ancestor's", async t => {
      await t.signIn();
      const tree = await t.adapter.listCategories();
      for (const category of flatten(tree)) {
        const isLeaf = (category.children ?? []).length === 0;
        if (!isLeaf && category.formId === undefined) continue;
        const form = await t.adapter.getForm(category.id);
        if (category.formId !== undefined) assertEqual(form.id, category.formId, `getForm(${category.id}).id`);
      }
    }),

    check('getForm() returns a consistent form: unique fields, known subject field, steps and conditions', async t => {
      await t.signIn();
      for (const form of await allForms(t.adapter)) assertFormConsistent(form);
    }),

    check('getForm() of an unknown category is not-found', async t => {
      await t.signIn();
      await rejects(t.adapter.getForm(`no-such-category-${uniqueWord()}`), 'not-found', 'getForm() of an unknown id');
    }),

    check('getFieldOptions() returns the options of a field that has them', async t => {
      await t.signIn();
      const found = await findField(
        t.adapter,
        field => (field.options ?? []).length > 0 || (field.remoteOptions === true && field.dependsOn === undefined)
      );
      if (!found) skip('no form has a field with options');
      const options = await t.adapter.getFieldOptions(found.form.id, found.field.id, {});
      assert(options.length > 0, `getFieldOptions(${found.form.id}, ${found.field.id}) returned no option`);
      if (!found.field.remoteOptions) {
        const expected = (found.field.options ?? []).map(option => option.value).join();
        assertEqual(options.map(option => option.value).join(), expected, 'the option values');
      }
    }),

    check('getFieldOptions() of a dependent field gives the options of the parent value', async t => {
      await t.signIn();
      const found = await findField(t.adapter, field => field.dependsOn !== undefined && !!field.optionsByParent);
      if (!found) skip('no form has a dependent field with optionsByParent');
      const { form, field } = found;
      for (const [parentValue, expected] of Object.entries(field.optionsByParent ?? {})) {
        const options = await t.adapter.getFieldOptions(form.id, field.id, {
          parentValues: { [field.dependsOn ?? '']: parentValue }
        });
        assertEqual(
          options.map(option => option.value).join(),
          expected.map(option => option.value).join(),
          `getFieldOptions(${form.id}, ${field.id}) for ${field.dependsOn} = ${show(parentValue)}`
        );
      }
    }),

    check('getFieldOptions() of an unknown form or field is not-found', async t => {
      await t.signIn();
      const form = await t.form();
      const word = uniqueWord();
      await rejects(t.adapter.getFieldOptions(form.id, `no-such-field-${word}`), 'not-found', 'an unknown field');
      await rejects(t.adapter.getFieldOptions(`no-such-form-${word}`, 'x'), 'not-found', 'an unknown form');
    })
  ]
};
