/**
 * The runner protocol the action speaks: workflow commands on stdout (`::error file=...::`, `::add-mask::`) and file
 * commands (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY). Same names and semantics as @actions/core, which is not imported at
 * start-up because it pulls in undici through its OIDC client (about 150 ms of module loading on every run).
 */
import { randomUUID } from 'node:crypto';
import { appendFileSync, promises as fs } from 'node:fs';
import { EOL } from 'node:os';

/** The annotation fields the runner understands (as @actions/core's AnnotationProperties). */
export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** Writes `::command key=value,...::message`. */
export function issueCommand(
  command: string,
  properties: Record<string, string | number | undefined>,
  message: string,
): void {
  const props = Object.entries(properties)
    .filter((e): e is [string, string | number] => e[1] !== undefined && e[1] !== '')
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
  process.stdout.write(`::${command}${props ? ` ${props}` : ''}::${escapeData(message)}${EOL}`);
}

function annotationProps(p: AnnotationProperties): Record<string, string | number | undefined> {
  return {
    title: p.title,
    file: p.file,
    line: p.startLine,
    endLine: p.endLine,
    col: p.startColumn,
    endColumn: p.endColumn,
  };
}

export function info(message: string): void {
  process.stdout.write(`${message}${EOL}`);
}

export function debug(message: string): void {
  issueCommand('debug', {}, message);
}

export function error(message: string, properties: AnnotationProperties = {}): void {
  issueCommand('error', annotationProps(properties), message);
}

export function warning(message: string, properties: AnnotationProperties = {}): void {
  issueCommand('warning', annotationProps(properties), message);
}

/** Masks a value in all later log output. */
export function setSecret(secret: string): void {
  issueCommand('add-mask', {}, secret);
}

/** Sets an output through the GITHUB_OUTPUT file (heredoc form, with a delimiter the value cannot contain). */
export function setOutput(name: string, value: string): void {
  const file = process.env['GITHUB_OUTPUT'];
  if (!file) {
    issueCommand('set-output', { name }, value);
    return;
  }
  const delimiter = `ghadelimiter_${randomUUID()}`;
  if (name.includes(delimiter) || value.includes(delimiter))
    throw new Error(`output ${name}: value contains the delimiter`);
  appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, 'utf8');
}

/** An error annotation and exit code 1; the process still finishes its work. */
export function setFailed(message: string): void {
  process.exitCode = 1;
  error(message);
}

/** Appends markdown to the job summary (GITHUB_STEP_SUMMARY). */
export async function appendSummary(path: string, markdown: string): Promise<void> {
  await fs.appendFile(path, markdown.endsWith(EOL) ? markdown : `${markdown}${EOL}`, 'utf8');
}
