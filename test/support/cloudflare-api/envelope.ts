/** Cloudflare's v4 response envelope, errors and pagination, as the real API shapes them. */

export interface CloudflareMessage {
  code: number;
  message: string;
}

export interface ResultInfo {
  page?: number;
  per_page?: number;
  count: number;
  total_count?: number;
  total_pages?: number;
  cursor?: string;
}

export interface Envelope {
  success: boolean;
  errors: CloudflareMessage[];
  messages: CloudflareMessage[];
  result: unknown;
  result_info?: ResultInfo;
}

/** Thrown by a route handler; the server turns it into an error envelope with this status. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: number,
    message: string,
    readonly headers: Record<string, string> = {},
    /** Loopback-only detail for the request log, never sent. */
    readonly missingPermission?: string,
  ) {
    super(message);
  }
}

/** What a handler returns: the `result`, and `resultInfo` for list routes. */
export interface RouteResponse {
  status?: number;
  result: unknown;
  resultInfo?: ResultInfo;
  /** Sent as is instead of the v4 envelope (GraphQL answers with its own `{ data, errors }`). */
  body?: unknown;
}

export function envelope(response: RouteResponse): Envelope {
  return {
    success: true,
    errors: [],
    messages: [],
    result: response.result,
    ...(response.resultInfo ? { result_info: response.resultInfo } : {}),
  };
}

export function errorEnvelope(error: ApiError): Envelope {
  return {
    success: false,
    errors: [{ code: error.code, message: error.message }],
    messages: [],
    result: null,
  };
}

function positiveInt(raw: string | null, fallback: number, max: number): number {
  const value = raw === null ? NaN : Number.parseInt(raw, 10);
  return Number.isFinite(value) && value > 0 ? Math.min(value, max) : fallback;
}

/** page/per_page pagination (1-based pages) with Cloudflare's `result_info`. */
export function paginate<T>(
  items: readonly T[],
  query: URLSearchParams,
  defaults: { perPage: number; maxPerPage: number } = { perPage: 20, maxPerPage: 100 },
): RouteResponse {
  const perPage = positiveInt(query.get('per_page'), defaults.perPage, defaults.maxPerPage);
  const page = positiveInt(query.get('page'), 1, Number.MAX_SAFE_INTEGER);
  const slice = items.slice((page - 1) * perPage, page * perPage);
  return {
    result: slice,
    resultInfo: {
      page,
      per_page: perPage,
      count: slice.length,
      total_count: items.length,
      total_pages: Math.max(1, Math.ceil(items.length / perPage)),
    },
  };
}

/** Cursor pagination (R2 buckets): the cursor is the offset, opaque to clients. */
export function paginateByCursor<T>(
  items: readonly T[],
  query: URLSearchParams,
  defaults: { perPage: number; maxPerPage: number } = { perPage: 20, maxPerPage: 1000 },
): { items: T[]; resultInfo: ResultInfo } {
  const perPage = positiveInt(query.get('per_page'), defaults.perPage, defaults.maxPerPage);
  const cursor = query.get('cursor');
  const start = cursor ? Number.parseInt(Buffer.from(cursor, 'base64url').toString(), 10) : 0;
  const slice = items.slice(start, start + perPage);
  const next = start + perPage < items.length ? start + perPage : null;
  return {
    items: slice,
    resultInfo: {
      per_page: perPage,
      count: slice.length,
      ...(next === null ? {} : { cursor: Buffer.from(String(next)).toString('base64url') }),
    },
  };
}
