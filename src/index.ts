// Side-effect free: the classes and helpers, without registering any tag (see `define.js` for that).
export * from './core/index.js';
export { configure, helpDeskContext, type HelpDeskConfig, type MessageOverrides } from './controllers/config.js';
export { ConfigController } from './controllers/config-controller.js';
export { LocalizeController } from './controllers/localize-controller.js';
export { HdElement } from './components/shared/hd-element.js';
export { defineElement } from './components/shared/define.js';
export type { HdEventDetails, HdEventName, HdEvent, HdView } from './components/shared/events.js';
export { HdProvider } from './components/provider/provider.js';
export { SessionController, type SessionStatus } from './controllers/session-controller.js';
export {
  estimatePasswordStrength,
  type PasswordFeedback,
  type PasswordScore,
  type PasswordStrength
} from './core/password-strength.js';
export {
  checkPassword,
  DEFAULT_PASSWORD_POLICY,
  resolvePasswordPolicy,
  type PasswordCheck,
  type PasswordPolicy,
  type PasswordProblem
} from './core/password-policy.js';
export { HdLogin } from './components/login/login.js';
export { HdRegister } from './components/register/register.js';
export { HdPasswordForgot } from './components/password-forgot/password-forgot.js';
export { HdPasswordReset } from './components/password-reset/password-reset.js';
export { HdPasswordChange } from './components/password-change/password-change.js';
export { HdAccountMenu } from './components/account-menu/account-menu.js';
export { HdCategoryCards } from './components/category-cards/category-cards.js';
export { HdAttachmentPicker, DEFAULT_ATTACHMENT_POLICY } from './components/attachment-picker/attachment-picker.js';
export { UploadController, type UploadEntry, type UploadStatus } from './controllers/upload-controller.js';
export { HdCaseForm } from './components/case-form/case-form.js';
export { HdCaseList } from './components/case-list/case-list.js';
export { HdEntitlements, type EntitlementColumn } from './components/entitlements/entitlements.js';
export { HdInvoices, type InvoiceStatusFilter } from './components/invoices/invoices.js';
export { HdReplyComposer } from './components/reply-composer/reply-composer.js';
export { HdCaseDetail, type ThreadOrder } from './components/case-detail/case-detail.js';
export { HdFormControl, formControlStyles, type ValidityProblem } from './components/shared/form-control.js';
export { HdLookup, type LookupColumn } from './components/lookup/lookup.js';
export { HdRecipients, isEmailAddress, splitAddressList } from './components/recipients/recipients.js';
export { HdRichText, loadRichTextEditor } from './components/rich-text/rich-text.js';
export { HdArticleSuggestions } from './components/article-suggestions/article-suggestions.js';
export { sanitizeHtml, loadSanitizer, toTrustedHtml, type SanitizePolicyName } from './controllers/sanitize.js';
