// Side-effect free: the classes and helpers, without registering any tag (see `define.js` for that).
export * from './core/index.js';
export { configure, helpDeskContext, type HelpDeskConfig, type MessageOverrides } from './controllers/config.js';
export { ConfigController } from './controllers/config-controller.js';
export { LocalizeController } from './controllers/localize-controller.js';
export { HdElement } from './components/shared/hd-element.js';
export { defineElement } from './components/shared/define.js';
export type { HdEventDetails, HdEventName, HdEvent } from './components/shared/events.js';
export { HdProvider } from './components/provider/provider.js';
export { HdCategoryCards } from './components/category-cards/category-cards.js';
export { HdCaseForm } from './components/case-form/case-form.js';
export { HdCaseList } from './components/case-list/case-list.js';
