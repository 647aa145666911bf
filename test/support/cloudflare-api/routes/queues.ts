import type { Consumer } from 'cloudflare/resources/queues/consumers';
import { ApiError, paginate } from '../envelope.js';
import type { RouteModule } from '../server.js';
import { newId, nowIso, type AccountState } from '../state.js';
import { addUnique, findOr404, removeOr404, requireString } from './collection.js';

const BASE = '/accounts/:account_id/queues';
const read = { group: 'Queues', level: 'Read' } as const;
const edit = { group: 'Queues', level: 'Edit' } as const;

function queueById(account: AccountState, id: string) {
  return findOr404(account.queues, (q) => q.queue_id === id, 11000, 'Queue');
}

export const queueRoutes: RouteModule = [
  {
    id: 'queues.list',
    method: 'GET',
    path: BASE,
    permission: read,
    // The SDK reads this list as a single page; the API still reports result_info.
    handle: ({ account, query }) =>
      paginate(account!.queues, query, { perPage: 1000, maxPerPage: 1000 }),
  },
  {
    id: 'queues.create',
    method: 'POST',
    path: BASE,
    permission: edit,
    handle: (request) => {
      const name = requireString(request.json<{ queue_name?: unknown }>().queue_name, 'queue_name');
      const queue = {
        queue_id: newId(),
        queue_name: name,
        created_on: nowIso(),
        modified_on: nowIso(),
        consumers: [],
        consumers_total_count: 0,
        producers: [],
        producers_total_count: 0,
      };
      addUnique(
        request.account!.queues,
        queue,
        (q) => q.queue_name === name,
        new ApiError(409, 11009, 'Queue name already taken'),
      );
      return { result: queue };
    },
  },
  {
    id: 'queues.get',
    method: 'GET',
    path: `${BASE}/:queue_id`,
    permission: read,
    handle: ({ account, params }) => ({ result: queueById(account!, params.queue_id!) }),
  },
  {
    id: 'queues.delete',
    method: 'DELETE',
    path: `${BASE}/:queue_id`,
    permission: edit,
    handle: ({ account, params }) => {
      removeOr404(account!.queues, (q) => q.queue_id === params.queue_id, 11000, 'Queue');
      return { result: null };
    },
  },
  {
    id: 'queues.consumers.list',
    method: 'GET',
    path: `${BASE}/:queue_id/consumers`,
    permission: read,
    handle: ({ account, params }) => ({
      result: queueById(account!, params.queue_id!).consumers ?? [],
    }),
  },
  {
    id: 'queues.consumers.create',
    method: 'POST',
    path: `${BASE}/:queue_id/consumers`,
    permission: edit,
    handle: (request) => {
      const queue = queueById(request.account!, request.params.queue_id!);
      const body = request.json<{ script_name?: unknown; settings?: Consumer['settings'] }>();
      const script = requireString(body.script_name, 'script_name');
      const consumer: Consumer = {
        consumer_id: newId(),
        queue_id: queue.queue_id,
        script,
        type: 'worker',
        created_on: nowIso(),
        ...(body.settings ? { settings: body.settings } : {}),
      } as Consumer;
      queue.consumers ??= [];
      addUnique(
        queue.consumers,
        consumer,
        (c) => 'script' in c && c.script === script,
        new ApiError(409, 11004, 'workers.api.error.consumer_exists'),
      );
      queue.consumers_total_count = queue.consumers.length;
      return { result: consumer };
    },
  },
];
