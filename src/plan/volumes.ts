import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { AppModel, VolumeMount } from '../model/index.js';
import { choiceFor, firstHit, type BindingsResult } from './binding-result.js';
import { bindingName } from './naming.js';
import type { Overrides } from './overrides.js';
import { planDiagnostic } from './rules.js';
import { hitRef, type SourceFile } from './sources.js';

const FS_WRITES =
  /\b(?:writeFile|writeFileSync|createWriteStream|appendFile|appendFileSync)\(|\bmulter\(/;
const SQLITE_FILE = /\.(?:db|sqlite3?)$/;
const SQLITE_CLIENTS = ['better-sqlite3', 'sqlite3', 'sqlite', '@libsql/client'];
const MIGRATION_DIRS = [
  'migrations',
  'db/migrations',
  'prisma/migrations',
  'drizzle',
  'sql/migrations',
];

/** The env var that carries a service's address (`DATABASE_URL=postgres://…@db:5432/…`). */
async function migrationsDir(root: string, dir: string): Promise<string | null> {
  for (const candidate of MIGRATION_DIRS) {
    const path = dir === '.' ? candidate : `${dir}/${candidate}`;
    const files = await readdir(join(root, path)).catch(() => null);
    if (files && files.length > 0) return path;
  }
  return null;
}

/** A volume the app writes → an R2 bucket (unless it holds the SQLite file or only dependencies). */
export function planVolume(
  app: AppModel,
  volume: VolumeMount,
  overrides: Overrides,
  sources: SourceFile[],
  result: BindingsResult,
  unique: (name: string) => string,
): void {
  const key =
    volume.type === 'anonymous'
      ? `VOLUME ${volume.target}`
      : `volume ${volume.source ?? ''}:${volume.target}`;
  const choice = choiceFor(overrides, volume.source, volume.target);
  const sqliteFile = app.env.find(
    (e) => e.value?.startsWith(`${volume.target.replace(/\/$/, '')}/`) && SQLITE_FILE.test(e.value),
  );
  if (!choice && sqliteFile && app.dbClients.some((c) => SQLITE_CLIENTS.includes(c))) {
    result.rows.push({
      key,
      source: volume.source_ref,
      outcome: 'converted',
      became: 'D1 (see the SQLite row)',
      why: `holds the SQLite database ${sqliteFile.value ?? ''} (${sqliteFile.name})`,
    });
    return;
  }
  if (choice?.type === 'none' || volume.devOnly) {
    result.rows.push({
      key,
      source: volume.source_ref,
      outcome: 'dropped',
      became: 'nothing',
      why: choice
        ? 'bindings override says none'
        : volume.devOnly === 'source'
          ? 'dev-only: mounts source files over the image for hot reload; the Worker bundles the code'
          : 'dev-only: holds dependencies or build output, not state',
    });
    return;
  }
  const binding = unique(
    choice?.binding ??
      bindingName(volume.source && volume.type === 'named' ? volume.source : volume.target),
  );
  const write = firstHit(sources, FS_WRITES);
  const reason = `the container wrote files under ${volume.target}; Workers have no persistent disk`;
  result.bindings.push({ type: 'r2', binding, reason, source: volume.source_ref });
  result.rows.push({
    key,
    source: volume.source_ref,
    outcome: 'approximated',
    became: `R2 bucket ${binding}`,
    why: write
      ? `code writes with \`${write.file}:${write.line}\`; change to env.${binding}.put()`
      : reason,
  });
  const change = `write with env.${binding}.put(key, body) and read with env.${binding}.get(key) instead of the filesystem`;
  result.codeChanges.push({
    file: write?.file ?? app.entry ?? 'package.json',
    line: write?.line ?? null,
    change,
    why: reason,
  });
  result.diagnostics.push(
    planDiagnostic('P040', {
      message: `volume ${volume.source ?? volume.target} → R2 bucket ${binding}`,
      fix: change,
      source: write ? hitRef(write) : volume.source_ref,
    }),
  );
}

/** SQLite (a client in the dependencies) → D1, with the migrations directory when there is one. */
export async function planSqlite(
  app: AppModel,
  overrides: Overrides,
  sources: SourceFile[],
  result: BindingsResult,
  unique: (name: string) => string,
): Promise<void> {
  const client = app.dbClients.find((c) => SQLITE_CLIENTS.includes(c));
  if (!client || choiceFor(overrides, client, 'sqlite')?.type === 'none') return;
  const dir = app.packageJson?.dir ?? '.';
  const migrations = await migrationsDir(app.root, dir);
  const binding = unique(choiceFor(overrides, client, 'sqlite')?.binding ?? 'DB');
  const hit = firstHit(sources, new RegExp(`['"]${client}['"]`));
  const source = hit ? hitRef(hit) : (app.sources.dbClients ?? 'package.json');
  const reason = `SQLite (${client}) → D1: SQLite semantics, one writer, 10 GB cap`;
  result.bindings.push({ type: 'd1', binding, migrationsDir: migrations, reason, source });
  result.rows.push({
    key: `dependency ${client}`,
    source,
    outcome: 'approximated',
    became: `D1 database ${binding}${migrations ? ` (migrations: ${migrations})` : ''}`,
    why: reason,
  });
  const change = `replace ${client} with env.${binding}.prepare(sql).bind(...).all() (D1 is asynchronous)`;
  result.codeChanges.push({
    file: hit?.file ?? 'package.json',
    line: hit?.line ?? null,
    change,
    why: reason,
  });
  result.diagnostics.push(
    planDiagnostic('P043', {
      message: `SQLite via ${client} → D1 ${binding}${migrations ? `, migrations from ${migrations}` : ''}`,
      fix: change,
      source,
    }),
  );
}
