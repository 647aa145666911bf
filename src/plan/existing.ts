import { access, readFile } from 'node:fs/promises';
import { dirname, join, posix } from 'node:path';
import type { Diagnostic, WorkerPlan, WranglerConfig } from '../model/index.js';
import { DATE_MILESTONES } from './compat.js';
import { parseJsonc } from './jsonc.js';
import { OVERRIDES_FILE } from './overrides.js';
import { ambiguity, planDiagnostic } from './rules.js';

/** Binding kinds → the wrangler config key that holds them and the field with the binding name. */
const BINDING_KEYS: Record<string, (config: WranglerConfig) => string[]> = {
  kv: (c) => list(c.kv_namespaces).map((b) => String(b.binding)),
  d1: (c) => list(c.d1_databases).map((b) => String(b.binding)),
  r2: (c) => list(c.r2_buckets).map((b) => String(b.binding)),
  hyperdrive: (c) => list(c.hyperdrive).map((b) => String(b.binding)),
  queue: (c) =>
    list((c.queues as { producers?: unknown } | undefined)?.producers).map((b) =>
      String(b.binding),
    ),
  'durable-object': (c) =>
    list((c.durable_objects as { bindings?: unknown } | undefined)?.bindings).map((b) =>
      String(b.name),
    ),
  service: (c) => list(c.services).map((b) => String(b.binding)),
};

/** The entries of a binding list that are objects (a hand-edited config can hold `null`s). */
function list(value: unknown): Record<string, unknown>[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (entry): entry is Record<string, unknown> => typeof entry === 'object' && entry !== null,
  );
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

export interface ExistingConfig {
  path: string;
  config: WranglerConfig;
}

export async function readExisting(
  root: string,
  path: string | null,
): Promise<ExistingConfig | null> {
  if (!path) return null;
  const text = await readFile(join(root, path), 'utf8').catch(() => null);
  if (text === null || path.endsWith('.toml')) return text === null ? null : { path, config: {} };
  return { path, config: parseJsonc(text, path) };
}

/** Where the user's config disagrees with what the app needs (each with the key to look at). */
export async function conflicts(
  root: string,
  existing: ExistingConfig,
  worker: WorkerPlan,
  nodeApp: boolean,
): Promise<string[]> {
  const { config, path } = existing;
  if (path.endsWith('.toml'))
    return [
      `${path} is TOML: only wrangler.json / wrangler.jsonc can be compared and used as the base`,
    ];
  const found: string[] = [];
  const main = typeof config.main === 'string' ? config.main : null;
  if (!main && !config.assets) found.push('`main` is missing');
  else if (main && !(await exists(join(root, dirname(path), main))))
    found.push(`\`main\` points at ${main}, which does not exist`);
  const date = typeof config.compatibility_date === 'string' ? config.compatibility_date : null;
  const flags = Array.isArray(config.compatibility_flags)
    ? (config.compatibility_flags as string[])
    : [];
  if (
    nodeApp &&
    !flags.includes('nodejs_compat') &&
    (date ?? '') < DATE_MILESTONES.nodejsCompatDefault
  ) {
    found.push('`compatibility_flags` lacks "nodejs_compat", which this Node.js app needs');
  }
  if (nodeApp && date && date < DATE_MILESTONES.nodejsCompatV2)
    found.push(
      `\`compatibility_date\` ${date} predates Node.js compatibility v2 (${DATE_MILESTONES.nodejsCompatV2})`,
    );
  for (const binding of worker.bindings) {
    if (!BINDING_KEYS[binding.type]?.(config).includes(binding.binding)) {
      found.push(
        `no ${binding.type} binding \`${binding.binding}\` (${binding.reason}; ${binding.source})`,
      );
    }
  }
  return found;
}

/** The user's config with its paths made relative to the worker directory in the output dir. */
export function rebaseExisting(
  existing: ExistingConfig,
  root: string,
  workerDir: string,
): WranglerConfig {
  const from = join(root, dirname(existing.path));
  const move = (p: unknown): unknown =>
    typeof p === 'string' ? posix.relative(workerDir, join(from, p)) || '.' : p;
  const config: WranglerConfig = { ...existing.config };
  if (config.main) config.main = move(config.main);
  if (config.assets && typeof config.assets === 'object')
    config.assets = {
      ...config.assets,
      directory: move((config.assets as { directory?: unknown }).directory),
    };
  if (Array.isArray(config.d1_databases))
    config.d1_databases = list(config.d1_databases).map((d) =>
      d.migrations_dir ? { ...d, migrations_dir: move(d.migrations_dir) } : d,
    );
  if (config.build && typeof config.build === 'object')
    config.build = { ...config.build, cwd: move((config.build as { cwd?: unknown }).cwd ?? '.') };
  return config;
}

/** Diagnostics for an existing config: ambiguity when not chosen, conflicts as errors when it is the base. */
export function existingDiagnostics(
  existing: ExistingConfig,
  found: string[],
  useExisting: boolean,
  ci: boolean,
): Diagnostic[] {
  if (useExisting) {
    return found.map((message) =>
      planDiagnostic('P070', {
        message: `${existing.path}: ${message}`,
        fix: 'Fix the config, or drop --use-existing to deploy the generated one.',
        source: existing.path,
      }),
    );
  }
  return [
    ambiguity('P021', ci, {
      message: `the repository has its own ${existing.path}; plan generated a separate config${found.length ? ` (yours differs: ${found.join('; ')})` : ''}`,
      chosen: 'the generated config (yours is untouched)',
      resolveWith: `--use-existing (or \`use_existing: true\` in ${OVERRIDES_FILE}) to deploy yours, or \`use_existing: false\` to deploy the generated one`,
      source: existing.path,
    }),
  ];
}
