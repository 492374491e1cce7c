/** Problems → workflow annotations (`::error file=...,line=...,col=...::`), one per problem (STYLE §3.5). */
import type { Problem } from '../../core/index.js';
import * as log from '../log.js';
import type { AnnotationProperties } from '@actions/core';

export interface Annotation {
  level: 'error' | 'warning';
  message: string;
  properties: AnnotationProperties;
}

/**
 * Pure mapping; the title is the problem's code so the annotation list groups by kind. With several pipelines the
 * message names the pipeline (two pipelines may share a file).
 */
export function toAnnotation(p: Problem, pipeline?: string): Annotation {
  const where = p.jsonPath ? ` (at ${p.jsonPath})` : '';
  const step = `${p.step ? ` [step ${p.step}]` : ''}${pipeline ? ` [pipeline ${pipeline}]` : ''}`;
  const properties: AnnotationProperties = { title: p.code, file: p.file };
  if (p.line !== undefined) properties.startLine = p.line;
  if (p.column !== undefined) properties.startColumn = p.column;
  return { level: p.severity, message: `${p.message}${where}${step}`, properties };
}

export function annotate(problems: readonly Problem[], pipeline?: string): void {
  for (const p of problems) {
    const a = toAnnotation(p, pipeline);
    if (a.level === 'error') log.error(a.message, a.properties);
    else log.warning(a.message, a.properties);
  }
}
