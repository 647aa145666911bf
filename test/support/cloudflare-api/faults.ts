/** Fault injection: which call of which route misbehaves, and how. */

export type Fault =
  /** 429 with `Retry-After` (seconds; default 1) and Cloudflare's rate-limit error. */
  | { type: 'rate-limit'; retryAfterSeconds?: number }
  /** 5xx with an error envelope (default 500). */
  | { type: 'server-error'; status?: number }
  /** Waits, then answers normally. */
  | { type: 'delay'; ms: number }
  /** 200 with a body that is not JSON. */
  | { type: 'malformed-json' }
  /**
   * Destroys the connection. With `afterHandling` the handler runs first (the change is made,
   * the client never hears about it) — the "crashed after the create succeeded" case.
   */
  | { type: 'reset'; afterHandling?: boolean };

export interface FaultRule {
  /** A route id (`kv.namespaces.create`), or a pattern over route ids (`/\.create$/`). */
  route: string | RegExp;
  /** Which matching calls (1-based, counted per rule) fail: a list, `{ from: n }`, or `'every'`. Default `[1]`. */
  calls?: number[] | { from: number } | 'every';
  fault: Fault;
}

interface ActiveRule extends FaultRule {
  seen: number;
}

export class FaultInjector {
  private rules: ActiveRule[] = [];

  add(...rules: FaultRule[]): void {
    this.rules.push(...rules.map((rule) => ({ ...rule, seen: 0 })));
  }

  clear(): void {
    this.rules = [];
  }

  /** Counts the call against every matching rule and returns the faults that fire for it. */
  take(routeId: string): Fault[] {
    const fired: Fault[] = [];
    for (const rule of this.rules) {
      const matches =
        typeof rule.route === 'string' ? rule.route === routeId : rule.route.test(routeId);
      if (!matches) continue;
      rule.seen += 1;
      if (firesOn(rule.calls ?? [1], rule.seen)) fired.push(rule.fault);
    }
    return fired;
  }
}

function firesOn(calls: NonNullable<FaultRule['calls']>, n: number): boolean {
  if (calls === 'every') return true;
  if (Array.isArray(calls)) return calls.includes(n);
  return n >= calls.from;
}
