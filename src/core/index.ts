/** The pure core: parsed inputs in, execution document plus report out. No I/O, no environment. */
export { generate, buildAutoTemplate, type GenerateInput, type GenerateResult } from './generate.js';
export { serializeDocument, type OutputFormat } from './serialize.js';
export { parseSource, type SourceText, type ParsedSource } from './source.js';
export type { JsonObject } from './json.js';
export type { Report, StepReport, StepFamily, StepStatus, ResolutionRule } from './report/report.js';
export type { Problem, Severity } from './report/problem.js';
export { formatProblem, hasErrors, oneLineText } from './report/problem.js';
export { loadYaml, needsYaml } from './yaml-support.js';
export {
  ExactNumber,
  isExactNumber,
  isNumeric,
  numberFromLiteral,
  numberText,
  numericValue,
  pyFloat,
  pyInt,
  pythonFloatRepr,
} from './number.js';
