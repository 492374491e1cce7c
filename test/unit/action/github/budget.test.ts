import { describe, expect, it } from 'vitest';
import { abandonedWork, BudgetExceededError, NetworkBudget } from '../../../../src/action/github/budget.js';
import { classifyFailure, RateLimitError } from '../../../../src/action/github/client.js';
import { nextLink } from '../../../../src/action/github/paginate.js';

const never = (): Promise<never> => new Promise<never>(() => undefined);

describe('NetworkBudget', () => {
  it('lets work that finishes in time through, and its failures too', async () => {
    const budget = new NetworkBudget(1000);
    expect(await budget.race('quick work', Promise.resolve(42))).toBe(42);
    await expect(budget.race('failing work', Promise.reject(new Error('boom')))).rejects.toThrow('boom');
  });

  it('ends work that does not finish by the deadline, naming it and the budget, and counts it as abandoned', async () => {
    const budget = new NetworkBudget(50);
    const before = abandonedWork();
    const started = Date.now();
    const error = await budget.race('the upload', never()).catch((e: unknown) => e);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(error).toBeInstanceOf(BudgetExceededError);
    expect((error as Error).message).toBe(
      "the upload did not finish within the network budget of 0.1 s (input 'network-timeout-seconds')",
    );
    expect(abandonedWork()).toBe(before + 1);
  });

  it('refuses new work once it is spent, at once', async () => {
    const budget = new NetworkBudget(10);
    await new Promise((r) => setTimeout(r, 30));
    expect(budget.expired()).toBe(true);
    await expect(budget.race('late work', Promise.resolve(1))).rejects.toBeInstanceOf(BudgetExceededError);
    await expect(budget.sleep(10_000)).rejects.toBeInstanceOf(BudgetExceededError);
  });

  it('has parts that end earlier, leaving the rest for later work', async () => {
    const budget = new NetworkBudget(10_000);
    const part = budget.leaving(9_950);
    expect(part.remainingMs()).toBeLessThanOrEqual(50);
    await expect(part.race('early work', never())).rejects.toBeInstanceOf(BudgetExceededError);
    expect(budget.expired()).toBe(false);
  });

  it('gives each request a signal that aborts at its own timeout', async () => {
    const budget = new NetworkBudget(10_000);
    const { signal, timeout } = budget.requestSignal(20);
    await new Promise((r) => setTimeout(r, 60));
    expect(timeout.aborted).toBe(true);
    expect(signal.aborted).toBe(true);
    expect(budget.signal.aborted).toBe(false);
  });
});

describe('classifyFailure', () => {
  const failed = (status: number, headers: Record<string, string> = {}, message = 'x') =>
    Object.assign(new Error(message), { status, response: { headers } });
  const now = Date.parse('2026-01-01T00:00:00Z');

  it('retries network failures (no response) and 5xx, not other 4xx', () => {
    expect(classifyFailure(Object.assign(new Error('ECONNRESET'), { status: 500 }))).toMatchObject({
      kind: 'retry',
    });
    expect(classifyFailure(failed(502))).toEqual({ kind: 'retry', why: 'HTTP 502' });
    expect(classifyFailure(failed(404))).toEqual({ kind: 'final' });
    expect(classifyFailure(failed(422))).toEqual({ kind: 'final' });
  });

  it('reads the wait of a rate limit from Retry-After, else from x-ratelimit-reset', () => {
    expect(classifyFailure(failed(429, { 'retry-after': '3600' }), now)).toEqual({
      kind: 'rate-limit',
      status: 429,
      waitMs: 3_600_000,
    });
    const reset = String(now / 1000 + 120);
    expect(
      classifyFailure(failed(403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset }), now),
    ).toEqual({
      kind: 'rate-limit',
      status: 403,
      waitMs: 121_000,
    });
    expect(classifyFailure(failed(403, {}, 'You have exceeded a secondary rate limit'), now)).toEqual({
      kind: 'rate-limit',
      status: 403,
      waitMs: 60_000,
    });
  });

  it('keeps a 403 without rate-limit signs a permission error', () => {
    expect(
      classifyFailure(failed(403, { 'x-ratelimit-remaining': '4999' }, 'Resource not accessible')),
    ).toEqual({
      kind: 'final',
    });
  });
});

describe('RateLimitError', () => {
  it('says how long GitHub asks to wait, until when, and what the budget had left', () => {
    const e = new RateLimitError('GET /repos/o/r/issues/7/comments', 429, 3_600_000, 29_500);
    expect(e.message).toMatch(
      /^GitHub's rate limit \(HTTP 429\) on GET \/repos\/o\/r\/issues\/7\/comments asks to wait 3600 s \(until \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ\), more than is left of the network budget \(29 s, input 'network-timeout-seconds'\)$/,
    );
  });
});

describe('nextLink', () => {
  it('takes the rel="next" URL of a Link header', () => {
    expect(
      nextLink(
        '<https://api.github.com/x?page=2>; rel="next", <https://api.github.com/x?page=5>; rel="last"',
      ),
    ).toBe('https://api.github.com/x?page=2');
    expect(nextLink('<https://api.github.com/x?page=1>; rel="prev"')).toBeUndefined();
    expect(nextLink(undefined)).toBeUndefined();
  });
});
