/** What changed between two execution documents, and three ways to show it. Pure. */
export { diffDocuments, changedSteps, summaryLine } from './diff.js';
export { renderDiffText } from './render-text.js';
export { renderDiffJson, diffToJson } from './render-json.js';
export { renderDiffMarkdown, type MarkdownDiffOptions } from './render-markdown.js';
export { reviewDiff, changeLines, type ReviewDiff, type ReviewChange, type SharedChanges } from './review.js';
export { notableChanges, type Notable, type NotableKind } from './notable.js';
export { codeSpan, fence, htmlCode, htmlText, inlineText, visible } from './markdown.js';
export type {
  Change,
  ChangeKind,
  ChangeSet,
  DiffJson,
  DocumentDiff,
  FieldSummary,
  StepDiff,
  StepStatusChange,
} from './types.js';
