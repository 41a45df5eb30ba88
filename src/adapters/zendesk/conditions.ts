import type { VisibilityCondition } from '../../core/index.js';
import type { EndUserCondition } from './wire.js';

// A form's end-user conditions as the core's visibility rules. In Zendesk a child field shows while ANY condition
// that lists it holds (its parent has that value and is itself shown), and is required as that condition says. The
// core's `visibleWhen` is an AND of conditions, each "this field's value is one of these": so the conditions of a
// child under one parent become one core condition with every value, and a grandchild also carries its parent's
// conditions. A child shown by conditions on two different parents (an OR the core cannot say), or on a parent
// that is not in the form (priority, a field the end user cannot edit), is always shown instead and never required:
// the customer may fill in a field Zendesk would have hidden (Zendesk keeps the value), but is never blocked.

export interface ConditionRules {
  /** The core conditions of each child field, by Zendesk field id. */
  visibleWhen: Map<number, VisibilityCondition[]>;
  /** Whether each conditional field is required while it is shown. */
  required: Map<number, boolean>;
  /** Checkbox parents some condition wants unchecked: they start as `false`, as Zendesk's checkboxes do. */
  uncheckedParents: Set<number>;
}

interface Rule {
  parent: number;
  values: string[];
  required: boolean;
}

export function conditionRules(
  conditions: readonly EndUserCondition[],
  fieldIdOf: (zendeskId: number) => string | undefined
): ConditionRules {
  const byChild = new Map<number, { parent: number; value: string; required: boolean }[]>();
  const uncheckedParents = new Set<number>();
  for (const condition of conditions) {
    if (condition.value === false) uncheckedParents.add(condition.parent_field_id);
    for (const child of condition.child_fields) {
      const list = byChild.get(child.id) ?? [];
      list.push({
        parent: condition.parent_field_id,
        value: String(condition.value),
        required: child.is_required === true
      });
      byChild.set(child.id, list);
    }
  }

  // One rule per child that the core can express; undefined for the ones it cannot.
  const direct = new Map<number, Rule | undefined>();
  for (const [child, list] of byChild) {
    const parents = new Set(list.map(item => item.parent));
    const [parent] = parents;
    const expressible = parents.size === 1 && parent !== undefined && fieldIdOf(parent) !== undefined;
    direct.set(
      child,
      expressible
        ? { parent, values: [...new Set(list.map(item => item.value))], required: list.some(item => item.required) }
        : undefined
    );
  }

  const visibleWhen = new Map<number, VisibilityCondition[]>();
  const chain = (child: number, depth: number): VisibilityCondition[] => {
    const rule = direct.get(child);
    if (!rule || depth > 16) return [];
    const own: VisibilityCondition = { field: fieldIdOf(rule.parent) as string, in: rule.values };
    return [...chain(rule.parent, depth + 1), own];
  };
  const required = new Map<number, boolean>();
  for (const [child, rule] of direct) {
    required.set(child, rule?.required ?? false);
    const rules = chain(child, 0);
    if (rules.length > 0) visibleWhen.set(child, rules);
  }
  return { visibleWhen, required, uncheckedParents };
}
