import { randomUUID } from 'node:crypto';
import type { Account } from 'cloudflare/resources/accounts/accounts';
import type { DatabaseListResponse } from 'cloudflare/resources/d1/database';
import type { Hyperdrive } from 'cloudflare/resources/hyperdrive/hyperdrive';
import type { Namespace } from 'cloudflare/resources/kv/namespaces';
import type { Queue } from 'cloudflare/resources/queues/queues';
import type { Bucket } from 'cloudflare/resources/r2/buckets';
import { ApiError } from './envelope.js';
import type { AnalyticsData } from './routes/analytics.js';

export interface D1Database extends DatabaseListResponse {
  uuid: string;
  name: string;
  primary_location_hint?: string;
  /** Tables the SQL emulation knows about, and every statement run against the database. */
  tables: Map<string, Record<string, unknown>[]>;
  statements: string[];
}

export interface HyperdriveConfig extends Hyperdrive {
  /** Kept apart from `origin`: the real API never returns the password. */
  password: string;
}

/** A Worker script as far as settings and secrets go; deploy's routes add to it. */
export interface WorkerScript {
  id: string;
  bindings: { type: string; name: string; text?: string; [key: string]: unknown }[];
  created_on: string;
  modified_on: string;
  [key: string]: unknown;
}

export interface AccountState {
  account: Account;
  kv: Namespace[];
  d1: D1Database[];
  r2: (Bucket & { name: string })[];
  queues: (Queue & { queue_id: string; queue_name: string })[];
  hyperdrive: HyperdriveConfig[];
  scripts: Map<string, WorkerScript>;
}

/** Everything the fake account holds. Tests read and seed it directly. */
export class ApiState {
  readonly accounts = new Map<string, AccountState>();
  /** What the GraphQL Analytics API answers (routes/analytics.ts); tests seed rows or a live source. */
  readonly analytics: AnalyticsData = { rows: [] };

  addAccount(name: string, id = newId()): AccountState {
    const created: AccountState = {
      account: { id, name, type: 'standard', created_on: new Date(0).toISOString() },
      kv: [],
      d1: [],
      r2: [],
      queues: [],
      hyperdrive: [],
      scripts: new Map(),
    };
    this.accounts.set(id, created);
    return created;
  }

  /** The first account: most tests use only one. */
  get primary(): AccountState {
    const first = this.accounts.values().next().value;
    if (!first) throw new Error('The fake API has no account.');
    return first;
  }

  get accountId(): string {
    return this.primary.account.id;
  }

  account(id: string): AccountState {
    const found = this.accounts.get(id);
    if (!found) throw new ApiError(403, 10000, 'Authentication error');
    return found;
  }
}

/** A 32-hex id, the shape Cloudflare uses for accounts, namespaces, queues and Hyperdrive configs. */
export function newId(): string {
  return randomUUID().replaceAll('-', '');
}

export function nowIso(): string {
  return new Date().toISOString();
}
