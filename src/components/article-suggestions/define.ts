import { defineElement } from '../shared/define.js';
import { HdArticleSuggestions } from './article-suggestions.js';

export { HdArticleSuggestions };
defineElement('hd-article-suggestions', HdArticleSuggestions);

declare global {
  interface HTMLElementTagNameMap {
    'hd-article-suggestions': HdArticleSuggestions;
  }
}
