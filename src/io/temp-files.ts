/**
 * Temp files being written right now, removed if the process is interrupted (SIGINT, SIGTERM) or exits before they
 * are renamed into place: an interrupted run leaves no partial file behind. The handlers are installed only while a
 * temp file exists, so the process keeps its default signal behaviour otherwise; after cleaning up, the signal is
 * raised again so the exit status still says what happened (130 for Ctrl-C).
 */
import { unlinkSync } from 'node:fs';
import { constants } from 'node:os';

const pending = new Set<string>();
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

function removeAll(): void {
  for (const f of pending) {
    try {
      unlinkSync(f);
    } catch {
      // Already gone (renamed or removed): nothing to clean.
    }
  }
  pending.clear();
}

function onSignal(signal: NodeJS.Signals): void {
  removeAll();
  uninstall();
  process.kill(process.pid, signal);
  // The signal is delivered on the next turn of the event loop; this timer keeps the loop alive until then (and is the
  // fallback, with the status a shell would show, should it not end the process).
  setTimeout(() => process.exit(128 + (constants.signals[signal] ?? 0)), 1000);
}

function install(): void {
  for (const s of SIGNALS) process.on(s, onSignal);
  process.on('exit', removeAll);
}

function uninstall(): void {
  for (const s of SIGNALS) process.removeListener(s, onSignal);
  process.removeListener('exit', removeAll);
}

/** Registers a temp file; it is removed on interruption until `release` is called. */
export function trackTempFile(file: string): void {
  if (pending.size === 0) install();
  pending.add(file);
}

/** The temp file was renamed into place or removed: stop tracking it. */
export function releaseTempFile(file: string): void {
  if (!pending.delete(file)) return;
  if (pending.size === 0) uninstall();
}
