/** Problems → workflow annotations (`::error file=...,line=...,col=...::`), one per problem (STYLE §3.5). */
import type { Problem } from '../core/index.js';
import * as core from './runner.js';
import type { AnnotationProperties } from './runner.js';

export interface Annotation {
  level: 'error' | 'warning';
  message: string;
  properties: AnnotationProperties;
}

/** Pure mapping; the title is the problem's code so the annotation list groups by kind. */
export function toAnnotation(p: Problem): Annotation {
  const where = p.jsonPath ? ` (at ${p.jsonPath})` : '';
  const step = p.step ? ` [step ${p.step}]` : '';
  const properties: AnnotationProperties = { title: p.code, file: p.file };
  if (p.line !== undefined) properties.startLine = p.line;
  if (p.column !== undefined) properties.startColumn = p.column;
  return { level: p.severity, message: `${p.message}${where}${step}`, properties };
}

export function annotate(problems: readonly Problem[]): void {
  for (const p of problems) {
    const a = toAnnotation(p);
    if (a.level === 'error') core.error(a.message, a.properties);
    else core.warning(a.message, a.properties);
  }
}
