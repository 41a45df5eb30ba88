// End-user conditions the fake's forms do not have: nested, on two parents, on a parent the form does not show;
// and Zendesk's error bodies as the fields they concern.
import { expect } from '@open-wc/testing';
import { conditionRules } from '../../../src/adapters/zendesk/conditions.js';
import { problemOf } from '../../../src/adapters/zendesk/errors.js';
import { jsPattern } from '../../../src/adapters/zendesk/fields.js';
import { isFieldVisible, type FieldDefinition } from '../../../src/core/index.js';

const shown = new Set([1, 2, 3, 4, 5]);
const idOf = (id: number) => (shown.has(id) ? String(id) : undefined);

describe('zendesk adapter: end-user conditions', () => {
  it('puts the values of one parent into one condition, and required as any condition says', () => {
    const rules = conditionRules(
      [
        { parent_field_id: 1, value: 'a', child_fields: [{ id: 2, is_required: false }] },
        { parent_field_id: 1, value: 'b', child_fields: [{ id: 2, is_required: true }] }
      ],
      idOf
    );
    expect(rules.visibleWhen.get(2)).to.deep.equal([{ field: '1', in: ['a', 'b'] }]);
    expect(rules.required.get(2)).to.equal(true);
  });

  it("carries a parent's own conditions down to its children", () => {
    const rules = conditionRules(
      [
        { parent_field_id: 1, value: 'a', child_fields: [{ id: 2, is_required: false }] },
        { parent_field_id: 2, value: true, child_fields: [{ id: 3, is_required: true }] }
      ],
      idOf
    );
    const grandchild: FieldDefinition = { id: '3', kind: 'text', label: 'x', visibleWhen: rules.visibleWhen.get(3) };
    expect(grandchild.visibleWhen).to.deep.equal([
      { field: '1', in: ['a'] },
      { field: '2', in: ['true'] }
    ]);
    // A value left in a hidden parent does not show the grandchild.
    expect(isFieldVisible(grandchild, { '1': 'z', '2': true })).to.equal(false);
    expect(isFieldVisible(grandchild, { '1': 'a', '2': true })).to.equal(true);
  });

  it('shows, and never requires, a field the core cannot express: two parents, or a parent not in the form', () => {
    const rules = conditionRules(
      [
        { parent_field_id: 1, value: 'a', child_fields: [{ id: 4, is_required: true }] },
        { parent_field_id: 2, value: 'b', child_fields: [{ id: 4, is_required: true }] },
        { parent_field_id: 99, value: 'urgent', child_fields: [{ id: 5, is_required: true }] }
      ],
      idOf
    );
    expect(rules.visibleWhen.has(4)).to.equal(false);
    expect(rules.required.get(4)).to.equal(false);
    expect(rules.visibleWhen.has(5)).to.equal(false);
    expect(rules.required.get(5)).to.equal(false);
  });

  it('starts a checkbox unchecked when a condition wants it unchecked', () => {
    const rules = conditionRules(
      [{ parent_field_id: 1, value: false, child_fields: [{ id: 2, is_required: false }] }],
      idOf
    );
    expect([...rules.uncheckedParents]).to.deep.equal([1]);
    expect(rules.visibleWhen.get(2)).to.deep.equal([{ field: '1', in: ['false'] }]);
  });
});

describe('zendesk adapter: error bodies and patterns', () => {
  it("puts a 422's details on the fields they name", () => {
    const problem = problemOf(422, {
      error: 'RecordInvalid',
      description: 'Record validation errors',
      details: {
        base: [{ description: 'Product: needed', field_key: 101 }],
        subject: [{ description: 'Subject: cannot be blank' }],
        previous_password: [{ description: 'is not correct' }]
      }
    });
    expect(problem.fieldErrors).to.deep.equal({
      '101': 'Product: needed',
      subject: 'Subject: cannot be blank',
      current: 'is not correct'
    });
    expect(problem.reason).to.equal('RecordInvalid');
    expect(
      problemOf(400, { errors: [{ code: 'InvalidPaginationParameter', title: 'page[after] is not valid' }] })
    ).to.deep.include({
      detail: 'page[after] is not valid',
      reason: 'bad-cursor'
    });
    expect(problemOf(401, { error: 'invalid_token', error_description: 'expired' })).to.deep.include({
      detail: 'expired',
      reason: 'invalid-token'
    });
  });

  it("turns Zendesk's Ruby patterns into the core's", () => {
    expect(jsPattern('\\A[A-Z]{2}\\d{6}\\z')).to.equal('[A-Z]{2}\\d{6}');
    expect(jsPattern('^\\d+$')).to.equal('\\d+');
    expect(jsPattern('(?<!x)y')).to.equal('(?<!x)y');
    expect(jsPattern('[unclosed')).to.equal(undefined);
    expect(jsPattern(null)).to.equal(undefined);
  });
});
