/**
 * The two bodies of a run's report: the PR comment (marker first, 60,000 bytes in all) and the job summary (under
 * GitHub's 1 MiB step-summary limit). Both are rendered from data already redacted; a last pass redacts the rendered
 * text again and makes sure that no line but the first reads as a marker. Pure.
 */
import { commentMarker, readMarker } from './marker.js';
import type { ReportData } from './model.js';
import { redactText } from './redact.js';
import { renderReport } from './render.js';

/** GitHub refuses comment bodies over 65,536 characters; stay well below it in bytes, marker included. */
export const COMMENT_BUDGET_BYTES = 60_000;
/** GitHub drops a step's job summary over 1 MiB (1,048,576 bytes); keep a margin for what other steps add. */
export const SUMMARY_BUDGET_BYTES = 1_000_000;

/**
 * The last checks on a rendered body: secrets redacted once more (a secret can only appear here if it was split
 * across values), and any line other than the first that would read as a comment marker shifted by a space, so the
 * marker stays the first line's alone. Neither can happen by construction (values are redacted, and every line of
 * rendered outside text starts with our own markup); this keeps it so.
 */
export function finalCheck(body: string, secrets: readonly string[]): string {
  const lines = redactText(body, secrets).split('\n');
  for (let i = 1; i < lines.length; i++) if (readMarker(lines[i]) !== undefined) lines[i] = ` ${lines[i]}`;
  return lines.join('\n');
}

/** The PR comment: the marker (key and head commit) on the first line, then the report, in 60,000 bytes. */
export function commentDocument(data: ReportData, secrets: readonly string[] = [], head?: string): string {
  const marker = commentMarker({ key: data.key, ...(head ? { head } : {}) });
  const budget = COMMENT_BUDGET_BYTES - Buffer.byteLength(`${marker}\n`, 'utf8');
  return `${marker}\n${finalCheck(renderReport(data, { target: 'comment', budget }), secrets)}`;
}

/** The job summary: the same report without the marker, richer where the comment is compact. */
export function summaryDocument(data: ReportData, secrets: readonly string[] = []): string {
  return finalCheck(renderReport(data, { target: 'summary', budget: SUMMARY_BUDGET_BYTES }), secrets);
}
