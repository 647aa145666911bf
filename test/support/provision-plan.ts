import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AppModel, Binding, Plan } from '../../src/model/index.js';
import { workerPlan } from './worker-plan.js';

export const FIVE_BINDINGS: Binding[] = [
  { type: 'kv', binding: 'CACHE', reason: 'redis cache', source: 'compose.yaml:12' },
  {
    type: 'd1',
    binding: 'DB',
    migrationsDir: 'migrations',
    reason: 'sqlite',
    source: 'compose.yaml:20',
  },
  { type: 'r2', binding: 'UPLOADS', reason: 'uploads volume', source: 'compose.yaml:30' },
  {
    type: 'queue',
    binding: 'JOBS',
    queue: 'jobs',
    consumer: true,
    reason: 'rabbitmq',
    source: 'compose.yaml:40',
  },
  {
    type: 'hyperdrive',
    binding: 'PG',
    connectionSecret: 'DATABASE_URL',
    engine: 'postgres',
    reason: 'postgres',
    source: 'compose.yaml:50',
  },
];

/**
 * A hand-built plan with one Worker binding KV + D1 + R2 + Queue + Hyperdrive and two secrets,
 * in a fresh output directory with two D1 migrations (provision tests need no detect/plan run).
 */
export async function fivePlan(options: { name?: string; secrets?: string[] } = {}): Promise<Plan> {
  const root = await mkdtemp(join(tmpdir(), 'dtw-provision-'));
  const outDir = join(root, '.docker-to-workers');
  const name = options.name ?? 'shop-api';
  const migrations = join(outDir, name, 'migrations');
  await mkdir(migrations, { recursive: true });
  await writeFile(
    join(migrations, '0001_users.sql'),
    'CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT);\n',
  );
  await writeFile(
    join(migrations, '0002_orders.sql'),
    'CREATE TABLE orders (id INTEGER PRIMARY KEY);\n',
  );
  const worker = workerPlan(name, {
    targetReason: 'node http server',
    healthcheckPath: '/health',
    vars: { NODE_ENV: 'production' },
    secrets: options.secrets ?? ['DATABASE_URL', 'SESSION_KEY'],
    bindings: FIVE_BINDINGS,
    report: [],
    verdictReason: 'ready',
  });
  return {
    version: 1,
    root,
    outDir,
    tier: 'paid',
    workers: [worker],
    app: { root } as unknown as AppModel,
    diagnostics: [],
  };
}
