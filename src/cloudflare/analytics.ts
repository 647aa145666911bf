import type { InvocationStats, ScriptStats, SeriesPoint, VersionStats } from '../model/index.js';
import type { Context } from '../context.js';
import { UserError } from '../errors.js';
import {
  apiBaseUrl,
  CloudflareApiError,
  createCloudflareClient,
  TOKEN_PAGE,
  type CloudflareClient,
  type CloudflareClientOptions,
} from './client.js';

/** How the series is bucketed: hours for windows up to a week, days beyond (a month is 30 points). */
export type SeriesBucket = 'datetimeHour' | 'date';

const WEEK_MS = 7 * 24 * 3600_000;
/** The most rows one selection may return (Cloudflare's cap for adaptive datasets). */
const ROW_LIMIT = 10_000;

/**
 * The one query this product sends to Cloudflare's GraphQL Analytics API (`POST <API base>/graphql`).
 * Dataset, filter and fields as Cloudflare documents them in "Querying Workers Metrics with GraphQL"
 * (https://developers.cloudflare.com/analytics/graphql-api/tutorials/querying-workers-metrics/):
 * `workersInvocationsAdaptive(filter: { scriptName, datetime_geq, datetime_leq })` with
 * `sum { requests errors subrequests }`, `quantiles { cpuTimeP50 cpuTimeP99 }` (microseconds) and
 * `dimensions { datetime scriptName status }`. `scriptVersion` (the version id), `datetimeHour`, `date`
 * and `wallTimeP50/P99` belong to the same dataset (its schema, see
 * https://developers.cloudflare.com/analytics/graphql-api/features/discovery/introspection/).
 * One request for every Worker: totals per Worker and version, and (aliased `series`) per Worker and bucket.
 */
export function invocationsQuery(bucket: SeriesBucket): string {
  const filter = '{ scriptName_in: $scripts, datetime_geq: $since, datetime_leq: $until }';
  return `query WorkerInvocations($accountTag: string!, $scripts: [string!]!, $since: Time!, $until: Time!) {
  viewer {
    accounts(filter: { accountTag: $accountTag }) {
      workersInvocationsAdaptive(limit: ${ROW_LIMIT}, filter: ${filter}) {
        sum { requests errors subrequests }
        quantiles { cpuTimeP50 cpuTimeP99 wallTimeP50 wallTimeP99 }
        dimensions { scriptName scriptVersion }
      }
      series: workersInvocationsAdaptive(limit: ${ROW_LIMIT}, filter: ${filter}, orderBy: [${bucket}_ASC]) {
        sum { requests errors }
        quantiles { cpuTimeP99 }
        dimensions { scriptName ${bucket} }
      }
    }
  }
}`;
}

interface Row {
  sum: { requests: number; errors: number; subrequests?: number };
  quantiles: Partial<Record<'cpuTimeP50' | 'cpuTimeP99' | 'wallTimeP50' | 'wallTimeP99', number>>;
  dimensions: { scriptName: string; scriptVersion?: string; datetimeHour?: string; date?: string };
}

/** GraphQL's own envelope: `data` and `errors` (not the v4 `success`/`result`). */
interface GraphQLResponse {
  data: { viewer: { accounts: { workersInvocationsAdaptive: Row[]; series: Row[] }[] } } | null;
  errors: { message: string }[] | null;
}

export interface InvocationsQuery {
  accountId: string;
  scripts: string[];
  since: Date;
  until: Date;
}

const ms = (us: number | undefined) => (us === undefined ? null : Math.round(us / 10) / 100);
const rate = (errors: number, requests: number) => (requests > 0 ? errors / requests : null);

function invocationStats(row: Row): InvocationStats {
  return {
    requests: row.sum.requests,
    errors: row.sum.errors,
    errorRate: rate(row.sum.errors, row.sum.requests),
    subrequests: row.sum.subrequests ?? 0,
    cpuP50Ms: ms(row.quantiles.cpuTimeP50),
    cpuP99Ms: ms(row.quantiles.cpuTimeP99),
    wallP50Ms: ms(row.quantiles.wallTimeP50),
    wallP99Ms: ms(row.quantiles.wallTimeP99),
  };
}

function seriesPoint(row: Row, bucket: SeriesBucket): SeriesPoint {
  const at = row.dimensions[bucket] ?? '';
  return {
    at: bucket === 'date' ? `${at}T00:00:00Z` : at,
    requests: row.sum.requests,
    errors: row.sum.errors,
    errorRate: rate(row.sum.errors, row.sum.requests),
    cpuP99Ms: ms(row.quantiles.cpuTimeP99),
  };
}

/** Groups both selections by Worker; Workers without invocations get empty lists. */
export function scriptStats(
  scripts: string[],
  account: { workersInvocationsAdaptive: Row[]; series: Row[] } | undefined,
  bucket: SeriesBucket,
): ScriptStats[] {
  return scripts.map((scriptName) => {
    const mine = (rows: Row[] | undefined) =>
      (rows ?? []).filter((r) => r.dimensions.scriptName === scriptName);
    const versions: VersionStats[] = mine(account?.workersInvocationsAdaptive)
      .map((row) => ({ version: row.dimensions.scriptVersion ?? '', ...invocationStats(row) }))
      .sort((a, b) => b.requests - a.requests);
    const series = mine(account?.series)
      .map((row) => seriesPoint(row, bucket))
      .sort((a, b) => a.at.localeCompare(b.at));
    return { scriptName, versions, series };
  });
}

export function seriesBucket(since: Date, until: Date): SeriesBucket {
  return until.getTime() - since.getTime() <= WEEK_MS ? 'datetimeHour' : 'date';
}

/**
 * Every listed Worker's invocations in the window, per version and per bucket, in one API request.
 * GraphQL reports failures as `errors[]` with HTTP 200; those fail the call with Cloudflare's message.
 * 429 and 5xx are retried by the client like any other call.
 */
export async function queryInvocations(
  client: CloudflareClient,
  query: InvocationsQuery,
): Promise<ScriptStats[]> {
  const bucket = seriesBucket(query.since, query.until);
  const name = 'read Workers analytics (GraphQL)';
  const response = await client.call(
    name,
    (sdk) =>
      sdk.post<GraphQLResponse>('/graphql', {
        body: {
          query: invocationsQuery(bucket),
          variables: {
            accountTag: query.accountId,
            scripts: query.scripts,
            since: query.since.toISOString(),
            until: query.until.toISOString(),
          },
        },
      }),
    { permission: 'Account › Account Analytics › Read' },
  );
  if (response.errors?.length || !response.data) {
    const detail = (response.errors ?? []).map((e) => e.message).join('; ') || 'no data';
    throw new CloudflareApiError(
      `Cloudflare API call "${name}" failed: ${detail}`,
      name,
      200,
      [],
      'Give the API token the permission "Account › Account Analytics › Read" (https://dash.cloudflare.com/profile/api-tokens) and check CLOUDFLARE_ACCOUNT_ID; otherwise read Cloudflare’s message above.',
      null,
    );
  }
  return scriptStats(query.scripts, response.data.viewer.accounts[0], bucket);
}

/** The Cloudflare client and account from the environment, or a clear error naming what is missing. */
export function analyticsConnection(
  ctx: Context,
  options: {
    client?: CloudflareClient;
    clientOptions?: Partial<Omit<CloudflareClientOptions, 'apiToken'>>;
  },
): { client: CloudflareClient; accountId: string } {
  const accountId = ctx.env.CLOUDFLARE_ACCOUNT_ID;
  const apiToken = ctx.env.CLOUDFLARE_API_TOKEN;
  if (!accountId || (!options.client && !apiToken)) {
    throw new UserError(
      `${!accountId ? 'CLOUDFLARE_ACCOUNT_ID' : 'CLOUDFLARE_API_TOKEN'} is not set; reading Workers analytics needs both.`,
      {
        fix: `Set CLOUDFLARE_API_TOKEN (a token with Account › Account Analytics › Read, from ${TOKEN_PAGE}) and CLOUDFLARE_ACCOUNT_ID.`,
      },
    );
  }
  const client =
    options.client ??
    createCloudflareClient(ctx, {
      ...options.clientOptions,
      apiToken: apiToken!,
      baseUrl: options.clientOptions?.baseUrl ?? apiBaseUrl(ctx.env),
    });
  return { client, accountId };
}
