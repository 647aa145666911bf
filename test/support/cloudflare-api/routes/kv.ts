import type { Namespace } from 'cloudflare/resources/kv/namespaces';
import { ApiError, paginate } from '../envelope.js';
import type { RouteModule } from '../server.js';
import { newId } from '../state.js';
import { addUnique, findOr404, removeOr404, requireString } from './collection.js';

const BASE = '/accounts/:account_id/storage/kv/namespaces';
const read = { group: 'Workers KV Storage', level: 'Read' } as const;
const edit = { group: 'Workers KV Storage', level: 'Edit' } as const;

export const kvRoutes: RouteModule = [
  {
    id: 'kv.namespaces.list',
    method: 'GET',
    path: BASE,
    permission: read,
    handle: ({ account, query }) => paginate(account!.kv, query, { perPage: 20, maxPerPage: 100 }),
  },
  {
    id: 'kv.namespaces.create',
    method: 'POST',
    path: BASE,
    permission: edit,
    handle: (request) => {
      const title = requireString(request.json<{ title?: unknown }>().title, 'title');
      const namespace: Namespace = { id: newId(), title, supports_url_encoding: true };
      return {
        result: addUnique(
          request.account!.kv,
          namespace,
          (n) => n.title === title,
          new ApiError(400, 10014, 'a namespace with this account ID and title already exists'),
        ),
      };
    },
  },
  {
    id: 'kv.namespaces.get',
    method: 'GET',
    path: `${BASE}/:id`,
    permission: read,
    handle: ({ account, params }) => ({
      result: findOr404(account!.kv, (n) => n.id === params.id, 10013, 'namespace'),
    }),
  },
  {
    id: 'kv.namespaces.delete',
    method: 'DELETE',
    path: `${BASE}/:id`,
    permission: edit,
    handle: ({ account, params }) => {
      removeOr404(account!.kv, (n) => n.id === params.id, 10013, 'namespace');
      return { result: {} };
    },
  },
];
