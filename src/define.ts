// Registers every element of the library. Import this once for all tags, or a single
// `helpdesk-elements/components/<name>/define.js` for just one.
import './components/provider/define.js';
import './components/login/define.js';
import './components/register/define.js';
import './components/password-forgot/define.js';
import './components/password-reset/define.js';
import './components/password-change/define.js';
import './components/account-menu/define.js';
import './components/category-cards/define.js';
import './components/attachment-picker/define.js';
import './components/case-form/define.js';
import './components/case-list/define.js';
import './components/entitlements/define.js';
import './components/invoices/define.js';
import './components/reply-composer/define.js';
import './components/case-detail/define.js';
import './components/lookup/define.js';
import './components/recipients/define.js';
import './components/rich-text/define.js';
import './components/article-suggestions/define.js';
