import type { QueryResult } from 'cloudflare/resources/d1/database';
import { ApiError } from '../envelope.js';
import type { D1Database } from '../state.js';

/**
 * Just enough SQL for `wrangler d1 migrations apply`: tables are created, `INSERT … (name) values ('…')`
 * and `SELECT * FROM t` work on them; other statements are recorded and succeed. Creating a table
 * that exists fails, as SQLite does, so a migration applied twice is caught.
 */
export function runSql(db: D1Database, sql: string): QueryResult[] {
  return splitStatements(sql).map((statement) => {
    db.statements.push(statement);
    return {
      results: execute(db, statement),
      success: true,
      meta: { duration: 0.1, changed_db: true },
    };
  });
}

function splitStatements(sql: string): string[] {
  return sql
    .replace(/--[^\n]*/g, '')
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

function sqliteError(message: string): ApiError {
  return new ApiError(400, 7500, `${message}: SQLITE_ERROR`);
}

function execute(db: D1Database, statement: string): Record<string, unknown>[] {
  const create = /^CREATE TABLE (IF NOT EXISTS )?["`]?(\w+)/i.exec(statement);
  if (create) {
    const table = create[2]!;
    if (db.tables.has(table)) {
      if (create[1]) return [];
      throw sqliteError(`table ${table} already exists`);
    }
    db.tables.set(table, []);
    return [];
  }
  const insert = /^INSERT INTO ["`]?(\w+)["`]?\s*\(name\)\s*values\s*\('([^']*)'\)/i.exec(
    statement,
  );
  if (insert) {
    const rows = tableRows(db, insert[1]!);
    rows.push({ id: rows.length + 1, name: insert[2], applied_at: new Date().toISOString() });
    return [];
  }
  const select = /^SELECT \*\s+FROM ["`]?(\w+)/i.exec(statement);
  if (select) return [...tableRows(db, select[1]!)];
  return [];
}

function tableRows(db: D1Database, table: string): Record<string, unknown>[] {
  const rows = db.tables.get(table);
  if (!rows) throw sqliteError(`no such table: ${table}`);
  return rows;
}
