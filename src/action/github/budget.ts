/**
 * One deadline for the best-effort network work of a run (the PR comment, the base files, the artifacts): every
 * request, retry and wait of that work ends by it, so a dead or slow service costs the job at most the budget
 * (`network-timeout-seconds`), never the gate. Work a library runs without a way to cancel it (the artifact client)
 * is raced against the deadline and abandoned when it loses; {@link releaseAbandonedWork} then lets the process end
 * instead of waiting on a socket that never answers.
 */

/** The default budget: enough for a slow API and an upload; small next to a job's timeout. */
export const DEFAULT_NETWORK_BUDGET_SECONDS = 120;
/** Longest one request may take before it counts as failed (and may be retried). */
export const REQUEST_TIMEOUT_MS = 20_000;

/** The budget ran out before the work finished. */
export class BudgetExceededError extends Error {
  constructor(
    readonly what: string,
    readonly budgetMs: number,
  ) {
    super(
      `${what} did not finish within the network budget of ${seconds(budgetMs)} ` +
        `(input 'network-timeout-seconds')`,
    );
    this.name = 'BudgetExceededError';
  }
}

function seconds(ms: number): string {
  return `${Math.round(ms / 100) / 10} s`;
}

let abandoned = 0;

export class NetworkBudget {
  /** Epoch milliseconds at which the work must stop. */
  readonly deadline: number;
  /** Aborted at the deadline (with a BudgetExceededError as its reason). */
  readonly signal: AbortSignal;

  /**
   * @param totalMs the whole budget, shown in messages
   * @param deadline when this budget ends; a part of a budget ends earlier than the whole
   */
  constructor(
    readonly totalMs: number,
    deadline = Date.now() + totalMs,
    parent?: AbortSignal,
  ) {
    this.deadline = deadline;
    const controller = new AbortController();
    const timer = setTimeout(
      () => controller.abort(new BudgetExceededError('the network work', totalMs)),
      Math.max(0, deadline - Date.now()),
    );
    // The budget must never be what keeps the process alive.
    timer.unref();
    this.signal = parent ? AbortSignal.any([parent, controller.signal]) : controller.signal;
  }

  remainingMs(): number {
    return Math.max(0, this.deadline - Date.now());
  }

  expired(): boolean {
    return this.signal.aborted || this.remainingMs() === 0;
  }

  /** The part of this budget that ends `reserveMs` before it (for work that must leave time to later work). */
  leaving(reserveMs: number): NetworkBudget {
    return new NetworkBudget(this.totalMs, Math.max(Date.now(), this.deadline - reserveMs), this.signal);
  }

  /**
   * `work`, or a BudgetExceededError naming `what` when the deadline comes first. The losing work is abandoned:
   * it may go on in the background, but nothing waits for it any more.
   */
  async race<T>(what: string, work: Promise<T>): Promise<T> {
    if (this.expired()) {
      // Nothing awaits it: keep its rejection from becoming an unhandled one.
      work.catch(() => undefined);
      throw new BudgetExceededError(what, this.totalMs);
    }
    let settled = false;
    let onAbort: (() => void) | undefined;
    const deadline = new Promise<never>((_, reject) => {
      onAbort = () => reject(new BudgetExceededError(what, this.totalMs));
      this.signal.addEventListener('abort', onAbort, { once: true });
    });
    const tracked = work.finally(() => {
      settled = true;
    });
    try {
      return await Promise.race([tracked, deadline]);
    } finally {
      if (onAbort) this.signal.removeEventListener('abort', onAbort);
      if (!settled) {
        abandoned++;
        tracked.then(
          () => abandoned--,
          () => abandoned--,
        );
      }
    }
  }

  /** A signal for one request: aborted at the deadline or after `timeoutMs`, whichever comes first. */
  requestSignal(timeoutMs = REQUEST_TIMEOUT_MS): { signal: AbortSignal; timeout: AbortSignal } {
    const timeout = AbortSignal.timeout(Math.max(1, Math.min(timeoutMs, this.remainingMs())));
    return { signal: AbortSignal.any([this.signal, timeout]), timeout };
  }

  /** Waits `ms`, or less when the deadline comes first (then it rejects). */
  sleep(ms: number): Promise<void> {
    return new Promise((resolve, reject) => {
      if (this.signal.aborted) return reject(this.signal.reason as Error);
      const onAbort = (): void => {
        clearTimeout(timer);
        reject(this.signal.reason as Error);
      };
      const timer = setTimeout(() => {
        this.signal.removeEventListener('abort', onAbort);
        resolve();
      }, ms);
      this.signal.addEventListener('abort', onAbort, { once: true });
    });
  }
}

/** How many raced operations lost to their deadline and are still running. */
export function abandonedWork(): number {
  return abandoned;
}

/**
 * Called when the action is done: if work abandoned at the deadline still holds the process open (a socket to a
 * service that never answers, a library's retry timer), the process exits with its exit code shortly after,
 * instead of hanging until the job's timeout. The timer is unref'd: a process with nothing left to wait for ends
 * on its own first.
 */
export function releaseAbandonedWork(graceMs = 1_000): void {
  if (abandoned === 0) return;
  setTimeout(() => process.exit(), graceMs).unref();
}
