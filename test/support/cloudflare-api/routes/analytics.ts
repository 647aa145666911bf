import type { RouteModule } from '../server.js';
import type { AccountState } from '../state.js';

/**
 * The GraphQL Analytics API (`POST /client/v4/graphql`) for the dataset `workersInvocationsAdaptive`.
 * Request and response follow Cloudflare's "Querying Workers Metrics with GraphQL"
 * (https://developers.cloudflare.com/analytics/graphql-api/tutorials/querying-workers-metrics/): the body is
 * `{ query, variables }`; the answer is GraphQL's own envelope `{ data: { viewer: { accounts: [ {
 * workersInvocationsAdaptive: [ { sum, quantiles, dimensions } ] } ] } }, errors }` (HTTP 200 with `errors[]`
 * for a bad query or account), not the v4 `result` envelope. Times are microseconds, as Cloudflare's.
 *
 * It understands what a client of this dataset sends: aliased selections, `limit`, `orderBy` on one
 * dimension, and a filter of `scriptName`/`scriptName_in`/`datetime_geq`/`datetime_leq` given as variables
 * or literals. Fields outside the dataset's schema are GraphQL errors, so a typo in a query fails its test.
 * Quantiles of merged rows are request-weighted means of the stored ones (the real API computes them from
 * samples; a fake cannot).
 */

/** An hour of one version's invocations, as a test seeds it. */
export interface InvocationRow {
  scriptName: string;
  scriptVersion: string;
  /** Start of the hour, ISO 8601. */
  datetime: string;
  requests: number;
  errors: number;
  subrequests: number;
  cpuTimeP50: number;
  cpuTimeP99: number;
  wallTimeP50: number;
  wallTimeP99: number;
}

export interface AnalyticsData {
  rows: InvocationRow[];
  /** Rows made at query time (e.g. from a script's live traffic split), added to `rows`. */
  live?: (account: AccountState, window: { since: Date; until: Date }) => InvocationRow[];
  /** When set, every query answers HTTP 200 with these GraphQL error messages and no data. */
  errors?: string[];
}

const SCHEMA = {
  sum: new Set(['requests', 'errors', 'subrequests', 'cpuTimeUs', 'wallTime', 'duration']),
  quantiles: new Set(
    ['cpuTime', 'wallTime', 'duration'].flatMap((m) =>
      ['P25', 'P50', 'P75', 'P90', 'P95', 'P99', 'P999'].map((p) => `${m}${p}`),
    ),
  ),
  dimensions: new Set([
    'scriptName',
    'scriptVersion',
    'status',
    'datetime',
    'datetimeHour',
    'datetimeMinute',
    'date',
  ]),
} as const;
type Block = keyof typeof SCHEMA;
const TYPE_NAMES: Record<Block, string> = {
  sum: 'AccountWorkersInvocationsAdaptiveSum',
  quantiles: 'AccountWorkersInvocationsAdaptiveQuantiles',
  dimensions: 'AccountWorkersInvocationsAdaptiveDimensions',
};

class GraphQLError extends Error {}

/** The text between the bracket at `open` and its partner. */
function enclosed(text: string, open: number): string {
  const pair = text[open] === '(' ? ['(', ')'] : ['{', '}'];
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === pair[0]) depth++;
    if (text[i] === pair[1] && --depth === 0) return text.slice(open + 1, i);
  }
  throw new GraphQLError(`Syntax Error: Expected "${pair[1]}"`);
}

interface Selection {
  key: string;
  args: string;
  fields: Record<Block, string[]>;
}

function selections(query: string): Selection[] {
  const found: Selection[] = [];
  const pattern = /(?:(\w+)\s*:\s*)?workersInvocationsAdaptive\s*\(/g;
  for (let m = pattern.exec(query); m; m = pattern.exec(query)) {
    const args = enclosed(query, m.index + m[0].length - 1);
    const braceAt = query.indexOf('{', m.index + m[0].length + args.length);
    const body = enclosed(query, braceAt);
    const fields = {} as Record<Block, string[]>;
    for (const block of Object.keys(SCHEMA) as Block[]) {
      const at = new RegExp(`\\b${block}\\s*\\{`).exec(body);
      fields[block] = at
        ? enclosed(body, at.index + at[0].length - 1)
            .split(/\s+/)
            .filter(Boolean)
        : [];
      for (const field of fields[block]) {
        if (!SCHEMA[block].has(field)) {
          throw new GraphQLError(`Cannot query field "${field}" on type "${TYPE_NAMES[block]}".`);
        }
      }
    }
    found.push({ key: m[1] ?? 'workersInvocationsAdaptive', args, fields });
  }
  return found;
}

/** `name: $var` or `name: "literal"` / `[..]` from a selection's arguments. */
function argument(args: string, name: string, variables: Record<string, unknown>): unknown {
  const m = new RegExp(`\\b${name}\\s*:\\s*(\\$\\w+|"[^"]*"|\\[[^\\]]*\\]|\\d+)`).exec(args);
  if (!m) return undefined;
  const raw = m[1]!;
  if (raw.startsWith('$')) return variables[raw.slice(1)];
  if (raw.startsWith('['))
    return raw
      .slice(1, -1)
      .split(',')
      .map((s) => s.trim().replace(/"/g, ''));
  return raw.startsWith('"') ? raw.slice(1, -1) : Number(raw);
}

const hour = (iso: string) => `${iso.slice(0, 13)}:00:00Z`;
const DIMENSION_VALUE: Record<string, (row: InvocationRow) => string> = {
  scriptName: (r) => r.scriptName,
  scriptVersion: (r) => r.scriptVersion,
  status: (r) => (r.errors > 0 ? 'scriptThrewException' : 'success'),
  datetime: (r) => r.datetime,
  datetimeHour: (r) => hour(r.datetime),
  datetimeMinute: (r) => `${r.datetime.slice(0, 16)}:00Z`,
  date: (r) => r.datetime.slice(0, 10),
};

function weighted(rows: InvocationRow[], field: keyof InvocationRow): number {
  const requests = rows.reduce((n, r) => n + r.requests, 0);
  if (requests === 0) return 0;
  return rows.reduce((n, r) => n + (r[field] as number) * r.requests, 0) / requests;
}

function merged(rows: InvocationRow[], selection: Selection) {
  const first = rows[0]!;
  const total = (field: 'requests' | 'errors' | 'subrequests') =>
    rows.reduce((n, r) => n + r[field], 0);
  return {
    sum: Object.fromEntries(
      selection.fields.sum.map((f) => [
        f,
        f === 'requests' || f === 'errors' || f === 'subrequests' ? total(f) : 0,
      ]),
    ),
    quantiles: Object.fromEntries(
      selection.fields.quantiles.map((f) => {
        const stored = f.replace(/P(25|75|90|95|999)$/, (p) => (p === 'P999' ? 'P99' : 'P50'));
        return [f, Math.round(weighted(rows, stored as keyof InvocationRow))];
      }),
    ),
    dimensions: Object.fromEntries(
      selection.fields.dimensions.map((d) => [d, DIMENSION_VALUE[d]!(first)]),
    ),
  };
}

function answer(
  selection: Selection,
  data: AnalyticsData,
  account: AccountState,
  variables: Record<string, unknown>,
) {
  const scripts =
    (argument(selection.args, 'scriptName_in', variables) as string[] | undefined) ??
    [argument(selection.args, 'scriptName', variables) as string | undefined].filter(Boolean);
  const since = argument(selection.args, 'datetime_geq', variables) as string | undefined;
  const until = argument(selection.args, 'datetime_leq', variables) as string | undefined;
  if (!since || !until) {
    throw new GraphQLError('a time range (datetime_geq, datetime_leq) is required');
  }
  const window = { since: new Date(since), until: new Date(until) };
  const rows = [...data.rows, ...(data.live?.(account, window) ?? [])];
  const inWindow = rows.filter(
    (r) =>
      (scripts.length === 0 || scripts.includes(r.scriptName)) &&
      Date.parse(r.datetime) >= window.since.getTime() &&
      Date.parse(r.datetime) <= window.until.getTime(),
  );
  const groups = new Map<string, InvocationRow[]>();
  for (const row of inWindow) {
    const key = selection.fields.dimensions.map((d) => DIMENSION_VALUE[d]!(row)).join('\u0000');
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  const result = [...groups.values()].map((group) => merged(group, selection));
  const order = /orderBy\s*:\s*\[\s*(\w+)_(ASC|DESC)/.exec(selection.args);
  if (order) {
    const [, field, direction] = order;
    result.sort((a, b) => {
      const cmp = String(a.dimensions[field!]).localeCompare(String(b.dimensions[field!]));
      return direction === 'ASC' ? cmp : -cmp;
    });
  }
  const limit = Number(argument(selection.args, 'limit', variables) ?? 100);
  return result.slice(0, limit);
}

/** Reads what a test set in `api.state.analytics`. */
export const analyticsRoutes: RouteModule = [
  {
    id: 'graphql',
    method: 'POST',
    path: '/graphql',
    permission: { group: 'Account Analytics', level: 'Read' },
    handle: (request, state) => {
      const data = state.analytics;
      const { query = '', variables = {} } = request.json<{
        query?: string;
        variables?: Record<string, unknown>;
      }>();
      const fail = (message: string) => ({
        result: null,
        body: { data: null, errors: [{ message }] },
      });
      if (data.errors?.length) {
        return {
          result: null,
          body: { data: null, errors: data.errors.map((message) => ({ message })) },
        };
      }
      try {
        const accountTag = /accountTag\s*:\s*\$(\w+)/.exec(query)?.[1];
        const accountId = String(accountTag ? variables[accountTag] : '');
        if (!request.token.accountIds.includes(accountId)) {
          return fail(`not authorized for that account (accountTag "${accountId}")`);
        }
        const account = state.account(accountId);
        const answers = Object.fromEntries(
          selections(query).map((s) => [s.key, answer(s, data, account, variables)]),
        );
        return { result: null, body: { data: { viewer: { accounts: [answers] } }, errors: null } };
      } catch (error) {
        if (error instanceof GraphQLError) return fail(error.message);
        throw error;
      }
    },
  },
];
