import { dirname, join, relative } from 'node:path';
import type { Plan, WorkerPlan, WranglerConfig } from '../model/index.js';
import { parseJsonc } from '../plan/jsonc.js';
import { readTextIfExists, writeFileAtomic } from './files.js';
import type { ConfigEntry, ProvisionableBinding } from './handlers/index.js';

/** `<out>/<worker>/wrangler.<env>.jsonc`, next to the plan's `wrangler.jsonc`. */
export function envConfigPath(plan: Plan, worker: WorkerPlan, environment: string): string {
  return join(
    dirname(join(plan.outDir, worker.files.wranglerConfig)),
    `wrangler.${environment}.jsonc`,
  );
}

/** The plan's generated config, or (for a plan that was never written) one built from the plan. */
export async function readBaseConfig(plan: Plan, worker: WorkerPlan): Promise<WranglerConfig> {
  const path = join(plan.outDir, worker.files.wranglerConfig);
  const text = await readTextIfExists(path);
  if (text !== null) return parseJsonc(text, path);
  return {
    name: worker.name,
    main: relative(dirname(path), join(plan.outDir, worker.main)),
    compatibility_date: worker.compatibilityDate,
    compatibility_flags: worker.compatibilityFlags,
    ...(Object.keys(worker.vars).length ? { vars: worker.vars } : {}),
  };
}

const ID_KEYS: Record<ProvisionableBinding['type'], string> = {
  kv: 'id',
  d1: 'database_id',
  r2: 'bucket_name',
  queue: 'queue',
  hyperdrive: 'id',
};
const SECTIONS: Record<ProvisionableBinding['type'], string> = {
  kv: 'kv_namespaces',
  d1: 'd1_databases',
  r2: 'r2_buckets',
  queue: 'queues',
  hyperdrive: 'hyperdrive',
};
const REAL_ID = /^(?:[0-9a-f]{32}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;
/** The plan writes an all-zero id where provision must fill one in. */
const PLACEHOLDER = /^[0-]+$/;

/** An id the user's config already pins for a binding (KV, D1, Hyperdrive), used as is in production. */
export function pinnedId(config: WranglerConfig, binding: ProvisionableBinding): string | null {
  const section = config[SECTIONS[binding.type]];
  if (!Array.isArray(section)) return null;
  const entry = (section as Record<string, unknown>[]).find((e) => e.binding === binding.binding);
  const id = entry?.[ID_KEYS[binding.type]];
  return typeof id === 'string' && REAL_ID.test(id) && !PLACEHOLDER.test(id) ? id : null;
}

function sectionArray(
  config: WranglerConfig,
  path: ConfigEntry['section'],
): Record<string, unknown>[] {
  let holder: Record<string, unknown> = config;
  for (const key of path.slice(0, -1)) {
    holder[key] ??= {};
    holder = holder[key] as Record<string, unknown>;
  }
  const last = path[path.length - 1]!;
  if (!Array.isArray(holder[last])) holder[last] = [];
  return holder[last] as Record<string, unknown>[];
}

/**
 * Settings that act on production traffic or production infrastructure: a preview never carries them.
 * Routes and custom domains would take over production hostnames, crons would run twice, a queue allows one
 * consumer, and tail consumers and Logpush would mix preview events into production's pipelines.
 */
const PRODUCTION_ONLY = ['routes', 'route', 'triggers', 'tail_consumers', 'logpush'] as const;

function stripProductionOnly(config: WranglerConfig): void {
  for (const key of PRODUCTION_ONLY) delete config[key];
  if (config.queues) delete config.queues.consumers;
}

/** What a Worker Preview takes from the `previews` block (wrangler 4.164's config validation of `previews`). */
const PREVIEW_BINDING_KEYS = [
  'vars',
  'kv_namespaces',
  'd1_databases',
  'r2_buckets',
  'queues',
  'hyperdrive',
  'durable_objects',
  'services',
] as const;

/** A `previews` block for a config that has none: its (already preview) bindings and vars. */
function previewsFrom(config: WranglerConfig): WranglerConfig {
  return Object.fromEntries(
    PREVIEW_BINDING_KEYS.filter((key) => config[key] !== undefined).map((key) => [
      key,
      structuredClone(config[key]),
    ]),
  );
}

function applyEntries(config: WranglerConfig, entries: ConfigEntry[]): void {
  for (const { section, entry, key } of entries) {
    const array = sectionArray(config, section);
    const at = array.findIndex((e) => e[key] === entry[key]);
    if (at >= 0) array[at] = { ...array[at], ...entry };
    else array.push(entry);
  }
}

/** How an environment's config is written. */
export interface EnvironmentShape {
  /** A preview (any kind): production-only settings are stripped. */
  preview: boolean;
  /**
   * A Worker Preview (`wrangler preview`): the bindings also go into the `previews` block, which is all
   * wrangler binds in a Preview (top-level settings are production's; wrangler 4.164 src/preview/*).
   */
  workerPreview: boolean;
}

/** The environment's config: the base with our Worker name and every resolved binding filled in. */
export function environmentConfig(
  base: WranglerConfig,
  environment: string,
  scriptName: string,
  entries: ConfigEntry[],
  shape: EnvironmentShape = { preview: false, workerPreview: false },
): WranglerConfig {
  const { env, ...top } = structuredClone(base);
  // A wrangler `env.<name>` block of the base applies on top, as wrangler would apply it.
  const config: WranglerConfig = {
    ...top,
    ...(env?.[environment] ?? {}),
  };
  config.name = scriptName;
  // The build runs before deploy without credentials (build.ts), not inside `wrangler deploy`.
  delete config.build;
  // The plan's consumers name placeholder queues; the resolved ones replace them all.
  if (entries.some((e) => e.section[1] === 'consumers') && config.queues) {
    delete config.queues.consumers;
  }
  applyEntries(config, entries);
  if (shape.preview) stripProductionOnly(config);
  if (shape.workerPreview) {
    const previews = config.previews ?? previewsFrom(config);
    config.previews = previews;
    applyEntries(previews, entries);
    stripProductionOnly(previews);
  } else {
    // Only `wrangler preview` reads it; another deploy keeps the config free of it.
    delete config.previews;
  }
  return config;
}

export async function writeEnvironmentConfig(
  path: string,
  environment: string,
  config: WranglerConfig,
): Promise<void> {
  const header = `// Generated by docker-to-workers provision for the "${environment}" environment: resource ids filled in.\n// Regenerated on every run; edit the plan or the compose x-cloudflare block instead.\n`;
  await writeFileAtomic(path, `${header}${JSON.stringify(config, null, 2)}\n`);
}
