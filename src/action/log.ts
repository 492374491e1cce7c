/**
 * Every line the action prints goes through here (STYLE §5, "escape once, at the edge"). Messages carry outside
 * text — file contents, node names, paths, server answers, the base commit's files — so before anything reaches
 * the runner: known secrets are redacted (the runner's masking matches exact strings only, and only in the log),
 * then the text is made inert, so no outside text can start a workflow command (`::error::`, `::stop-commands::`)
 * or a new log line. @actions/core escapes the message of a command (`::warning::…`); a plain `info` line it
 * writes as is, which is what `inert` is for.
 */
import * as core from '@actions/core';
import type { AnnotationProperties } from '@actions/core';

const secrets = new Set<string>();

/** Shortest value treated as a secret: shorter ones would redact ordinary words. */
const MIN_SECRET_LENGTH = 6;

/** What a redacted secret is replaced with. */
export const REDACTED = '***';

/** Registers a secret: masked by the runner from now on and redacted from everything the action writes. */
export function addSecret(value: string): void {
  const v = value.trim();
  if (v.length < MIN_SECRET_LENGTH || secrets.has(v)) return;
  secrets.add(v);
  core.setSecret(v);
}

/** The secrets registered so far (for renderers that redact data before escaping it). */
export function knownSecrets(): readonly string[] {
  return [...secrets];
}

/** `text` with every registered secret replaced by `***`, longest first (one secret may contain another). */
export function redact(text: string): string {
  if (secrets.size === 0) return text;
  let out = text;
  for (const s of [...secrets].sort((a, b) => b.length - a.length)) out = out.split(s).join(REDACTED);
  return out;
}

/**
 * Outside text made safe for one log line: line breaks (which would start a new line, maybe a command) are shown
 * as `\n`/`\r`, other control characters as `\uXXXX`, and a line that would begin with a command (`::` or the old
 * `##[`, after leading white space, which the runner trims) has its first colon or hash spaced apart.
 */
export function inert(text: string): string {
  // eslint-disable-next-line no-control-regex
  const flat = text.replace(/[\u0000-\u001f\u007f\u0085\u2028\u2029]/g, (c) =>
    c === '\n' ? '\\n' : c === '\r' ? '\\r' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return flat.replace(/^(\s*)(:|#)(:|#\[)/, '$1$2 $3');
}

/** Redacted and inert: the one function outside text goes through before it is printed. */
export function safe(text: string): string {
  return inert(redact(text));
}

/** One log line; call it once per line (a line break inside `message` is shown as `\n`). */
export function info(message: string): void {
  core.info(inert(redact(message)));
}

export function debug(message: string): void {
  core.debug(redact(message));
}

export function notice(message: string, properties: AnnotationProperties = {}): void {
  core.notice(redact(message), redactProperties(properties));
}

export function warning(message: string, properties: AnnotationProperties = {}): void {
  core.warning(redact(message), redactProperties(properties));
}

export function error(message: string, properties: AnnotationProperties = {}): void {
  core.error(redact(message), redactProperties(properties));
}

/** An error annotation and exit code 1 (the process still finishes its work). */
export function setFailed(message: string): void {
  core.setFailed(redact(message));
}

function redactProperties(p: AnnotationProperties): AnnotationProperties {
  return {
    ...p,
    ...(p.title === undefined ? {} : { title: redact(p.title) }),
    ...(p.file === undefined ? {} : { file: redact(p.file) }),
  };
}

/** Runs `fn` inside a collapsed log group (`::group::`). */
export async function group<T>(name: string, fn: () => Promise<T>): Promise<T> {
  return core.group(redact(name), fn);
}
