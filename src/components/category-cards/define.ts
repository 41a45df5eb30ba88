import { defineElement } from '../shared/define.js';
import { HdCategoryCards } from './category-cards.js';

export { HdCategoryCards };
defineElement('hd-category-cards', HdCategoryCards);

declare global {
  interface HTMLElementTagNameMap {
    'hd-category-cards': HdCategoryCards;
  }
}
