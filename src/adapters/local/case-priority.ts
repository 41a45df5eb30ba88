import type { Category, Priority } from '../../core/index.js';
import { nearest } from './catalog.js';

/**
 * The priority of a new case: emergencies are always urgent; otherwise the customer's choice where the form offers
 * one, else the category's (or its nearest ancestor's) default, else normal.
 */
export function casePriority(path: readonly Category[], chosen: Priority | undefined, formAllows: boolean): Priority {
  if (path.some(category => category.emergency)) return 'urgent';
  if (formAllows && chosen !== undefined) return chosen;
  return nearest(path, 'defaultPriority') ?? 'normal';
}
