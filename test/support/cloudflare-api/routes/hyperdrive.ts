import type { Hyperdrive } from 'cloudflare/resources/hyperdrive/hyperdrive';
import { ApiError, paginate } from '../envelope.js';
import type { ApiRequest, RouteModule } from '../server.js';
import { newId, nowIso, type HyperdriveConfig } from '../state.js';
import { addUnique, findOr404, omit, removeOr404, requireString } from './collection.js';

const BASE = '/accounts/:account_id/hyperdrive/configs';
const read = { group: 'Hyperdrive', level: 'Read' } as const;
const edit = { group: 'Hyperdrive', level: 'Edit' } as const;

type OriginInput = Hyperdrive.PublicDatabase & { password?: string };

/** What the API returns: never the origin password. */
function publicView(config: HyperdriveConfig): Hyperdrive {
  return omit(config, 'password');
}

function parseOrigin(request: ApiRequest): { origin: Hyperdrive.PublicDatabase; password: string } {
  const body = request.json<{ origin?: OriginInput }>();
  const { password, ...origin } = body.origin ?? ({} as OriginInput);
  for (const field of ['host', 'database', 'user', 'scheme'] as const)
    requireString(origin[field], `origin.${field}`);
  return {
    origin: { ...origin, port: origin.port ?? 5432 },
    password: requireString(password, 'origin.password'),
  };
}

function byId(request: ApiRequest): HyperdriveConfig {
  return findOr404(
    request.account!.hyperdrive,
    (c) => c.id === request.params.id,
    2006,
    'Hyperdrive config',
  );
}

export const hyperdriveRoutes: RouteModule = [
  {
    id: 'hyperdrive.configs.list',
    method: 'GET',
    path: BASE,
    permission: read,
    handle: ({ account, query }) => paginate(account!.hyperdrive.map(publicView), query),
  },
  {
    id: 'hyperdrive.configs.create',
    method: 'POST',
    path: BASE,
    permission: edit,
    handle: (request) => {
      const name = requireString(request.json<{ name?: unknown }>().name, 'name');
      const config: HyperdriveConfig = {
        id: newId(),
        name,
        created_on: nowIso(),
        modified_on: nowIso(),
        caching: { disabled: false },
        ...parseOrigin(request),
      };
      addUnique(
        request.account!.hyperdrive,
        config,
        (c) => c.name === name,
        // The code for this conflict is not documented publicly; the message is what users see.
        new ApiError(409, 2017, `A Hyperdrive config with the name "${name}" already exists`),
      );
      return { result: publicView(config) };
    },
  },
  {
    id: 'hyperdrive.configs.get',
    method: 'GET',
    path: `${BASE}/:id`,
    permission: read,
    handle: (request) => ({ result: publicView(byId(request)) }),
  },
  {
    id: 'hyperdrive.configs.update',
    method: 'PUT',
    path: `${BASE}/:id`,
    permission: edit,
    handle: (request) => {
      const config = byId(request);
      Object.assign(config, parseOrigin(request), { modified_on: nowIso() });
      return { result: publicView(config) };
    },
  },
  {
    id: 'hyperdrive.configs.delete',
    method: 'DELETE',
    path: `${BASE}/:id`,
    permission: edit,
    handle: (request) => {
      removeOr404(
        request.account!.hyperdrive,
        (c) => c.id === request.params.id,
        2006,
        'Hyperdrive config',
      );
      return { result: null };
    },
  },
];
