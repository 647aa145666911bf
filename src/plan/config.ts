import type { AssetsPlan, Binding, WranglerConfig } from '../model/index.js';
import { resourceName } from './naming.js';

/** Placeholder resource names/ids: provision derives real ones per environment and fills them in. */
export const PLACEHOLDER_ID = '00000000000000000000000000000000';

export interface ConfigParts {
  name: string;
  main: string | null;
  compatibilityDate: string;
  /** Set by --compatibility-date or an override (the comment then says so). */
  dateOverridden: boolean;
  compatibilityFlags: string[];
  vars: Record<string, string>;
  /** Secret names wrangler must find set before it deploys (`secrets.required`, wrangler ≥ 4.77). */
  requiredSecrets: string[];
  bindings: Binding[];
  assets: AssetsPlan | null;
  crons: string[];
  cpuMs: number | null;
  alias: Record<string, string>;
  /** wrangler `define` (remedies): identifier → JSON literal. */
  define?: Record<string, string>;
  build: { command: string; cwd: string } | null;
  routes: unknown[] | null;
}

/** Adds a key and the comment explaining it (comments are written above each key of wrangler.jsonc). */
class ConfigBuilder {
  readonly config: WranglerConfig = {};
  readonly comments: Record<string, string> = {};
  set(key: string, value: unknown, comment: string): void {
    this.config[key] = value;
    this.comments[key] = comment;
  }
}

/**
 * The binding sections of the config. `preview` writes the `previews` block's copy: the same bindings on
 * the preview resource set (`…-preview`, filled in by provision), no queue consumers, and no Durable Object
 * migrations (they stay top-level; a Preview isolates Durable Objects by itself).
 */
function bindingSections(
  builder: ConfigBuilder,
  name: string,
  bindings: Binding[],
  preview = false,
): void {
  const set = preview ? '-preview' : '';
  const of = <T extends Binding['type']>(type: T) =>
    bindings.filter((b): b is Extract<Binding, { type: T }> => b.type === type);
  const kv = of('kv');
  if (kv.length)
    builder.set(
      'kv_namespaces',
      kv.map((b) => ({ binding: b.binding })),
      `KV: ${kv.map((b) => `${b.binding} (${b.reason})`).join('; ')}. Ids are filled in per environment by provision.`,
    );
  const d1 = of('d1');
  if (d1.length)
    builder.set(
      'd1_databases',
      d1.map((b) => ({
        binding: b.binding,
        database_name: resourceName(name, `${b.binding}${set}`),
        ...(b.migrationsDir ? { migrations_dir: b.migrationsDir } : {}),
      })),
      `D1: ${d1.map((b) => b.reason).join('; ')}.`,
    );
  const r2 = of('r2');
  if (r2.length)
    builder.set(
      'r2_buckets',
      r2.map((b) => ({
        binding: b.binding,
        bucket_name: resourceName(name, `${b.binding}${set}`),
      })),
      `R2: ${r2.map((b) => `${b.binding} (${b.reason})`).join('; ')}.`,
    );
  const hyperdrive = of('hyperdrive');
  if (hyperdrive.length)
    builder.set(
      'hyperdrive',
      hyperdrive.map((b) => ({ binding: b.binding, id: PLACEHOLDER_ID })),
      `Hyperdrive: ${hyperdrive.map((b) => `${b.binding} → ${b.engine}, origin from secret ${b.connectionSecret}`).join('; ')}. The id is a placeholder until provision creates the config.`,
    );
  const queues = of('queue');
  if (queues.length) {
    builder.set(
      'queues',
      {
        producers: queues.map((b) => ({
          binding: b.binding,
          queue: resourceName(name, `${b.queue}${set}`),
        })),
        // Only for a queue whose handler the entry exports (a consumer without one drops messages).
        ...(!preview && queues.some((b) => b.consumer)
          ? {
              consumers: queues
                .filter((b) => b.consumer)
                .map((b) => ({ queue: resourceName(name, b.queue) })),
            }
          : {}),
      },
      `Queues: ${queues.map((b) => b.reason).join('; ')}.`,
    );
  }
  const objects = of('durable-object');
  if (objects.length) {
    builder.set(
      'durable_objects',
      { bindings: objects.map((b) => ({ name: b.binding, class_name: b.className })) },
      `Durable Objects: ${objects.map((b) => b.reason).join('; ')}.`,
    );
    if (!preview)
      builder.set(
        'migrations',
        [{ tag: 'v1', new_sqlite_classes: [...new Set(objects.map((b) => b.className))] }],
        'Creates the Durable Object classes above (SQLite-backed).',
      );
  }
  const services = of('service');
  if (services.length)
    builder.set(
      'services',
      services.map((b) => ({ binding: b.binding, service: b.service })),
      `Service bindings: ${services.map((b) => `${b.binding} → ${b.service} (${b.reason})`).join('; ')}.`,
    );
}

/** The `previews` block: preview vars and the bindings on the preview resource set. */
function previewsBlock(parts: ConfigParts): WranglerConfig {
  const previews = new ConfigBuilder();
  if (Object.keys(parts.vars).length) previews.set('vars', parts.vars, '');
  bindingSections(previews, parts.name, parts.bindings, true);
  return previews.config;
}

/** The comments above the config keys remedies write (check adds remedies after installing). */
export const REMEDY_COMMENTS = {
  alias:
    'Remedies: dependencies that crash in workerd replaced by fixed versions vendored beside this file.',
  define:
    'Remedies: CommonJS names the ES module bundle lacks, as the paths workerd gives the bundle.',
} as const;

/** The generated wrangler config for one Worker, each key with the comment that says why it is there. */
export function buildConfig(parts: ConfigParts): {
  config: WranglerConfig;
  comments: Record<string, string>;
} {
  const builder = new ConfigBuilder();
  builder.set(
    'name',
    parts.name,
    'Worker name: from the repository/service, ≤ 54 characters so preview aliases still fit a DNS label.',
  );
  if (parts.main)
    builder.set('main', parts.main, 'The generated entry shim (it imports the app unchanged).');
  builder.set(
    'compatibility_date',
    parts.compatibilityDate,
    parts.dateOverridden
      ? 'Chosen by --compatibility-date or an override.'
      : "The newest date the local workerd supports (its package's compatibilityDate), so the smoke boot runs production semantics.",
  );
  if (parts.compatibilityFlags.length)
    builder.set(
      'compatibility_flags',
      parts.compatibilityFlags,
      'Node.js APIs (fs, http client, crypto, process.env…) for the app and its dependencies.',
    );
  if (Object.keys(parts.alias).length) builder.set('alias', parts.alias, REMEDY_COMMENTS.alias);
  if (parts.define && Object.keys(parts.define).length)
    builder.set(
      'define',
      parts.define,
      'process.env.NODE_ENV' in parts.define
        ? `NODE_ENV as vars set it (wrangler would replace process.env.NODE_ENV with "production"). ${REMEDY_COMMENTS.define}`
        : REMEDY_COMMENTS.define,
    );
  if (parts.build)
    builder.set(
      'build',
      parts.build,
      'Builds the app before bundling (its output is what the shim imports).',
    );
  builder.set(
    'observability',
    { enabled: true },
    'Workers Logs on: console output and exceptions are kept.',
  );
  if (Object.keys(parts.vars).length)
    builder.set(
      'vars',
      parts.vars,
      'Non-secret environment from the Dockerfile / compose / .env.example (secrets are set with `wrangler secret put`).',
    );
  if (parts.requiredSecrets.length)
    builder.set(
      'secrets',
      { required: parts.requiredSecrets },
      'Secrets the app reads: wrangler refuses to deploy while one is not set (`wrangler secret put NAME`).',
    );
  if (parts.assets)
    builder.set(
      'assets',
      {
        directory: parts.assets.directory,
        ...(parts.assets.binding ? { binding: parts.assets.binding } : {}),
        ...(parts.assets.notFoundHandling
          ? { not_found_handling: parts.assets.notFoundHandling }
          : {}),
        ...(parts.assets.runWorkerFirst ? { run_worker_first: parts.assets.runWorkerFirst } : {}),
      },
      parts.assets.notFoundHandling
        ? `Static files served before the Worker runs; other paths get index.html (a single-page app)${parts.assets.runWorkerFirst ? `, except ${parts.assets.runWorkerFirst.join(', ')}, which the Worker answers` : ''}.`
        : 'Static files served before the Worker runs.',
    );
  bindingSections(builder, parts.name, parts.bindings);
  builder.set(
    'previews',
    previewsBlock(parts),
    'Worker Previews (`wrangler preview`, one per pull request) bind only what is here: the same vars, and KV/D1/R2/Queues/Hyperdrive on the preview resources, never production’s (Durable Objects are isolated per Preview).',
  );
  if (parts.crons.length)
    builder.set(
      'triggers',
      { crons: parts.crons },
      'Cron Triggers replacing the cron jobs the container ran.',
    );
  if (parts.cpuMs !== null)
    builder.set('limits', { cpu_ms: parts.cpuMs }, 'CPU time per request, as asked.');
  if (parts.routes) builder.set('routes', parts.routes, 'Routes from the overrides.');
  return { config: builder.config, comments: builder.comments };
}
