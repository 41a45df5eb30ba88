// Registers every element of the library. Import this once for all tags, or a single
// `helpdesk-elements/components/<name>/define.js` for just one.
import './components/provider/define.js';
import './components/category-cards/define.js';
import './components/case-form/define.js';
import './components/case-list/define.js';
