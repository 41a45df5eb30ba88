// Loaded on demand by <hd-case-list> through a dynamic import, so @lit-labs/virtualizer lands in a chunk of its own
// and only pages that show more than a hundred or so cases ever download it. The flow layout is imported here too,
// so the virtualizer does not fetch it with a second dynamic import of its own.
export { virtualize, virtualizerRef, type VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
export { flow } from '@lit-labs/virtualizer/layouts/flow.js';
