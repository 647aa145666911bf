import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AccountApi } from './api.js';
import { CloudflareApiError } from '../cloudflare/client.js';
import { permissionLabel } from './permissions.js';
import { provisionError } from './rules.js';

/** The table wrangler's `d1 migrations apply` keeps; sharing it keeps both tools in agreement. */
const MIGRATIONS_TABLE = 'd1_migrations';

async function migrationFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir).catch(() => [] as string[]);
  return entries.filter((name) => name.endsWith('.sql')).sort();
}

async function query(api: AccountApi, databaseId: string, name: string, sql: string) {
  const page = await api.client.call(
    name,
    (sdk) => sdk.d1.database.query(databaseId, { account_id: api.accountId, sql }),
    { permission: permissionLabel('D1') },
  );
  return page.result;
}

/** Names already applied; null when the table does not exist yet. */
async function appliedMigrations(api: AccountApi, databaseId: string): Promise<Set<string> | null> {
  try {
    const results = await query(
      api,
      databaseId,
      'read applied D1 migrations',
      `SELECT * FROM ${MIGRATIONS_TABLE} ORDER BY id`,
    );
    return new Set(
      (results[0]?.results ?? []).map((row) => String((row as { name?: unknown }).name)),
    );
  } catch (error) {
    if (error instanceof CloudflareApiError && /no such table/i.test(error.message)) return null;
    throw error;
  }
}

/**
 * Applies the directory's unapplied `.sql` files in order, as `wrangler d1 migrations apply --remote`
 * does (same table, same bookkeeping), through the API. Returns the files applied (or, in a dry
 * run, the files that would be).
 */
export async function applyMigrations(
  api: AccountApi,
  database: { id: string; name: string } | null,
  dir: string,
  dryRun: boolean,
): Promise<string[]> {
  const files = await migrationFiles(dir);
  if (files.length === 0) return [];
  if (!database) return files;
  // Read first, create the table only when missing: a rerun with nothing to apply costs one read.
  const done = await appliedMigrations(api, database.id);
  const pending = files.filter((f) => !done?.has(f));
  if (dryRun || pending.length === 0) return pending;
  if (!done) {
    await query(
      api,
      database.id,
      'create D1 migrations table',
      `CREATE TABLE IF NOT EXISTS ${MIGRATIONS_TABLE}(id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT UNIQUE, applied_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL);`,
    );
  }
  const applied: string[] = [];
  for (const file of pending) {
    const sql = await readFile(join(dir, file), 'utf8');
    try {
      await query(
        api,
        database.id,
        `apply D1 migration ${file} to ${database.name}`,
        `${sql}\nINSERT INTO ${MIGRATIONS_TABLE} (name) values ('${file.replace(/'/g, "''")}');`,
      );
      applied.push(file);
    } catch (error) {
      // A concurrent run applied it first (D1 runs the file and its bookkeeping as one batch).
      if ((await appliedMigrations(api, database.id))?.has(file)) continue;
      throw provisionError(
        'C040',
        `Migration ${file} failed on D1 database ${database.name}: ${error instanceof Error ? error.message : String(error)}`,
        'Fix the SQL in that file and run again; earlier migrations stay applied.',
        error,
      );
    }
  }
  return applied;
}
