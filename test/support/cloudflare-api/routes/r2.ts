import type { Bucket } from 'cloudflare/resources/r2/buckets';
import { ApiError, paginateByCursor } from '../envelope.js';
import type { ApiRequest, RouteModule } from '../server.js';
import { nowIso } from '../state.js';
import { addUnique, findOr404, removeOr404, requireString } from './collection.js';

const BASE = '/accounts/:account_id/r2/buckets';
const read = { group: 'Workers R2 Storage', level: 'Read' } as const;
const edit = { group: 'Workers R2 Storage', level: 'Edit' } as const;

/** Buckets live per jurisdiction, chosen by the `cf-r2-jurisdiction` header as on the real API. */
function jurisdiction(request: ApiRequest): NonNullable<Bucket['jurisdiction']> {
  const header = request.headers['cf-r2-jurisdiction'];
  return ((Array.isArray(header) ? header[0] : header) ?? 'default') as NonNullable<
    Bucket['jurisdiction']
  >;
}

function inJurisdiction(request: ApiRequest, name?: string) {
  const wanted = jurisdiction(request);
  return (b: Bucket) =>
    (b.jurisdiction ?? 'default') === wanted && (name === undefined || b.name === name);
}

export const r2Routes: RouteModule = [
  {
    id: 'r2.buckets.list',
    method: 'GET',
    path: BASE,
    permission: read,
    handle: (request) => {
      const contains = request.query.get('name_contains');
      const matching = request
        .account!.r2.filter(inJurisdiction(request))
        .filter((b) => !contains || b.name.includes(contains));
      const { items, resultInfo } = paginateByCursor(matching, request.query);
      return { result: { buckets: items }, resultInfo };
    },
  },
  {
    id: 'r2.buckets.create',
    method: 'POST',
    path: BASE,
    permission: edit,
    handle: (request) => {
      const body = request.json<{ name?: unknown; locationHint?: Bucket['location'] }>();
      const name = requireString(body.name, 'name');
      const bucket = {
        name,
        creation_date: nowIso(),
        jurisdiction: jurisdiction(request),
        storage_class: 'Standard' as const,
        ...(body.locationHint ? { location: body.locationHint } : {}),
      };
      addUnique(
        request.account!.r2,
        bucket,
        inJurisdiction(request, name),
        new ApiError(409, 10004, 'The bucket you tried to create already exists, and you own it.'),
      );
      return { result: bucket };
    },
  },
  {
    id: 'r2.buckets.get',
    method: 'GET',
    path: `${BASE}/:name`,
    permission: read,
    handle: (request) => ({
      result: findOr404(
        request.account!.r2,
        inJurisdiction(request, request.params.name),
        10006,
        'The specified bucket',
      ),
    }),
  },
  {
    id: 'r2.buckets.delete',
    method: 'DELETE',
    path: `${BASE}/:name`,
    permission: edit,
    handle: (request) => {
      removeOr404(
        request.account!.r2,
        inJurisdiction(request, request.params.name),
        10006,
        'The specified bucket',
      );
      return { result: {} };
    },
  },
];
