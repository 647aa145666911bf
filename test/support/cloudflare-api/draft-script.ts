import type { RouteModule } from './server.js';
import { newId, nowIso } from './state.js';

/**
 * A stand-in for the script upload route (deploy's routes/workers*.ts own the real one): records
 * an empty Worker, which is all `wrangler secret bulk` needs when the Worker does not exist yet.
 * Registered after the defaults, so the real upload route wins once it exists.
 */
export const draftScriptRoutes: RouteModule = [
  {
    id: 'test.workers.scripts.draft',
    method: 'PUT',
    path: '/accounts/:account_id/workers/scripts/:script_name',
    permission: { group: 'Workers Scripts', level: 'Edit' },
    handle: ({ account, params }) => {
      const script = { id: newId(), bindings: [], created_on: nowIso(), modified_on: nowIso() };
      account!.scripts.set(params.script_name!, script);
      return { result: { id: params.script_name, created_on: script.created_on } };
    },
  },
];
