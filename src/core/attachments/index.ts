export {
  fileKindOf,
  extensionOf,
  effectiveMimeType,
  fileTypeOf,
  type ContentFamily,
  type FileTypeInfo
} from './file-types.js';
export { matchesAccept, acceptAttribute, acceptsAnything } from './accept.js';
export { SNIFF_BYTES, sniffBytes, sniffFile, contentVerdict, type SniffResult, type ContentVerdict } from './sniff.js';
export { describePolicy, type PolicySummary, type AcceptedType } from './policy.js';
export { checkFiles, type CheckResult, type ExistingFile, type Refusal, type RefusalRule } from './check.js';
