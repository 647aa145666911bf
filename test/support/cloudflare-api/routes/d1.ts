import { ApiError, paginate } from '../envelope.js';
import type { RouteModule } from '../server.js';
import { nowIso, type D1Database } from '../state.js';
import { randomUUID } from 'node:crypto';
import { addUnique, findOr404, omit, removeOr404, requireString } from './collection.js';
import { runSql } from './d1-sql.js';

const BASE = '/accounts/:account_id/d1/database';
const read = { group: 'D1', level: 'Read' } as const;
const edit = { group: 'D1', level: 'Edit' } as const;

/** The public shape (the SDK's DatabaseListResponse), without the SQL emulation's state. */
function publicView(db: D1Database) {
  return { ...omit(db, 'tables', 'statements'), num_tables: db.tables.size, file_size: 0 };
}

function byIdOrName(databases: D1Database[], idOrName: string): D1Database {
  return findOr404(databases, (d) => d.uuid === idOrName || d.name === idOrName, 7404, 'database');
}

export const d1Routes: RouteModule = [
  {
    id: 'd1.database.list',
    method: 'GET',
    path: BASE,
    permission: read,
    handle: ({ account, query }) => {
      const name = query.get('name');
      const matching = account!.d1.filter((d) => !name || d.name.includes(name));
      return paginate(matching.map(publicView), query, { perPage: 1000, maxPerPage: 10000 });
    },
  },
  {
    id: 'd1.database.create',
    method: 'POST',
    path: BASE,
    permission: edit,
    handle: (request) => {
      const body = request.json<{ name?: unknown; primary_location_hint?: string }>();
      const name = requireString(body.name, 'name');
      const db: D1Database = {
        uuid: randomUUID(),
        name,
        created_at: nowIso(),
        version: 'production',
        ...(body.primary_location_hint
          ? { primary_location_hint: body.primary_location_hint }
          : {}),
        tables: new Map(),
        statements: [],
      };
      addUnique(
        request.account!.d1,
        db,
        (d) => d.name === name,
        new ApiError(400, 7502, 'A database with that name already exists'),
      );
      return { result: publicView(db) };
    },
  },
  {
    id: 'd1.database.get',
    method: 'GET',
    path: `${BASE}/:id`,
    permission: read,
    handle: ({ account, params }) => ({ result: publicView(byIdOrName(account!.d1, params.id!)) }),
  },
  {
    id: 'd1.database.delete',
    method: 'DELETE',
    path: `${BASE}/:id`,
    permission: edit,
    handle: ({ account, params }) => {
      removeOr404(account!.d1, (d) => d.uuid === params.id, 7404, 'database');
      return { result: null };
    },
  },
  {
    id: 'd1.database.query',
    method: 'POST',
    path: `${BASE}/:id/query`,
    permission: edit,
    handle: (request) => {
      const db = byIdOrName(request.account!.d1, request.params.id!);
      const sql = requireString(request.json<{ sql?: unknown }>().sql, 'sql');
      return { result: runSql(db, sql) };
    },
  },
];
