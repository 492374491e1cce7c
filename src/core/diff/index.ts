/** What changed between two execution documents, and three ways to show it. Pure. */
export { diffDocuments, changedSteps, summaryLine } from './diff.js';
export { renderDiffText } from './render-text.js';
export { renderDiffJson, diffToJson } from './render-json.js';
export {
  renderDiffMarkdown,
  escapeMarkdownText,
  escapeHtmlText,
  type MarkdownDiffOptions,
} from './render-markdown.js';
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
