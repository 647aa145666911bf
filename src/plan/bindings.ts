import type { AppModel, BackingService, Binding } from '../model/index.js';
import {
  choiceFor,
  emptyResult,
  firstHit,
  uniqueNames,
  type BindingsResult,
} from './binding-result.js';

import { bindingName } from './naming.js';
import type { BindingChoice, Overrides } from './overrides.js';
import { planSqlite, planVolume } from './volumes.js';
import { planDiagnostic } from './rules.js';
import { findInSources, hitRef, type SourceFile } from './sources.js';
import { NOT_STATE_KINDS } from './topology.js';

/** Redis used for locks, counters or pub/sub needs strong consistency: a Durable Object, not KV. */
const REDIS_COORDINATION =
  /\.(?:incr|incrby|decr|publish|subscribe|psubscribe|setnx|watch|multi)\(|['"]NX['"]|redlock/i;
function envForService(app: AppModel, service: BackingService): string | null {
  const pattern = new RegExp(
    `[@/]${service.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?::\\d+)?(?:/|$)`,
  );
  return app.env.find((e) => e.value !== null && pattern.test(e.value))?.name ?? null;
}

/**
 * Whether the app refers to a backing service by its compose hostname: in a URL or as the whole value
 * of a variable (`DATABASE_HOST=db`), or in code (`host: 'redis'`, `redis://redis:6379`).
 */
function referenced(app: AppModel, service: BackingService, sources: SourceFile[]): boolean {
  const name = service.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const host = new RegExp(`[@/]${name}(?::\\d+)?\\b|['"\`]${name}['"\`]`);
  return (
    envForService(app, service) !== null ||
    app.env.some((e) => e.value === service.name) ||
    findInSources(sources, host).length > 0
  );
}

/**
 * Bindings for the app's state. With several built services in one compose file, a Worker gets only
 * the backing services it refers to (each compose service sees the same list).
 */
export async function planBindings(
  app: AppModel,
  overrides: Overrides,
  sources: SourceFile[],
): Promise<BindingsResult> {
  const result = emptyResult();
  const unique = uniqueNames();

  // Only services that become Workers share the backing services (not proxies, frontends, tools, copies).
  const shared = app.builtServices.some((s) => (s.role ?? 'app') === 'app' && !s.copyOf);
  const state = app.services.filter((s) => !NOT_STATE_KINDS.has(s.kind));
  // Once the app waits for or names some of them, a store it does neither to is not its own (a test
  // database beside the dev one). An unrecognised service stays: it may call the app (a cron container).
  const used = (s: BackingService) =>
    (app.dependsOn ?? []).includes(s.name) || referenced(app, s, sources);
  const named = !shared && state.some(used);
  for (const service of state) {
    if (shared && !referenced(app, service, sources)) continue;
    if (named && service.kind !== 'unknown' && !used(service)) {
      result.rows.push({
        key: `services.${service.name} (${service.image ?? service.kind})`,
        source: service.source,
        outcome: 'dropped',
        became: 'nothing',
        why: 'the app neither depends on it nor names it',
      });
      continue;
    }
    const choice = choiceFor(overrides, service.name);
    const envVar = envForService(app, service);
    const key = `services.${service.name} (${service.image ?? service.kind})`;
    if (envVar) result.serviceVars.push(envVar);
    if (choice?.type === 'none') {
      result.rows.push({
        key,
        source: service.source,
        outcome: 'dropped',
        became: 'nothing',
        why: 'bindings override says none',
      });
      continue;
    }
    const type = choice?.type ?? defaultBindingType(service, sources);
    if (type === null) {
      result.rows.push({
        key,
        source: service.source,
        outcome: 'manual',
        became: 'kept outside Cloudflare',
        why: `${service.kind} has no Workers binding: keep it reachable over the internet`,
      });
      result.diagnostics.push(
        planDiagnostic('P045', {
          message: `${service.kind} service \`${service.name}\` has no Workers equivalent`,
          fix:
            service.kind === 'mongo'
              ? 'Connect per request to a hosted MongoDB, keep it behind an HTTP API, or use --target container.'
              : 'Expose it over HTTPS and call it with fetch, or use --target container.',
          source: service.source,
        }),
      );
      continue;
    }
    const binding = unique(choice?.binding ?? defaultBindingName(type, service));
    const reason = bindingReason(type, service, sources);
    result.bindings.push(makeBinding(type, binding, service, envVar, reason));
    if (type === 'hyperdrive') {
      const secret = envVar ?? `${binding}_ORIGIN`;
      if (envVar) result.replacedVars[envVar] = binding;
      result.diagnostics.push(
        planDiagnostic('P041', {
          message: `${service.kind} \`${service.name}\` → Hyperdrive ${binding}; its origin connection string comes from secret ${secret}`,
          fix: `Set the secret ${secret} to the production database URL; the Worker reads env.${binding}.connectionString (the shim also puts it in process.env.${envVar ?? secret}).`,
          source: service.source,
        }),
      );
    }
    result.rows.push({
      key,
      source: service.source,
      outcome: type === 'hyperdrive' ? 'converted' : 'approximated',
      became: `${type} binding ${binding}`,
      why: reason,
    });
    const usage = usageHit(type, sources);
    if (type !== 'hyperdrive') {
      result.codeChanges.push({
        file: usage?.file ?? app.entry ?? 'package.json',
        line: usage?.line ?? null,
        change: codeChangeFor(type, binding, service.kind),
        why: reason,
      });
      result.diagnostics.push(
        planDiagnostic(type === 'queue' ? 'P044' : 'P042', {
          message: `${service.kind} \`${service.name}\` → ${type} ${binding}: ${reason}`,
          fix: codeChangeFor(type, binding, service.kind),
          source: usage ? hitRef(usage) : service.source,
        }),
      );
    }
  }

  for (const volume of app.volumes) planVolume(app, volume, overrides, sources, result, unique);
  await planSqlite(app, overrides, sources, result, unique);
  return result;
}

function defaultBindingType(service: BackingService, sources: SourceFile[]): BindingChoice | null {
  switch (service.kind) {
    case 'postgres':
    case 'mysql':
      return 'hyperdrive';
    case 'redis':
      return firstHit(sources, REDIS_COORDINATION) ? 'durable-object' : 'kv';
    case 'memcached':
      return 'kv';
    case 'rabbitmq':
    case 'nats':
    case 'kafka':
      return 'queue';
    case 's3':
      return 'r2';
    default:
      return null;
  }
}

function defaultBindingName(type: BindingChoice, service: BackingService): string {
  const byType: Partial<Record<BindingChoice, string>> = {
    hyperdrive: 'HYPERDRIVE',
    kv: 'CACHE',
    'durable-object': 'STATE',
    queue: 'QUEUE',
    r2: 'BUCKET',
    d1: 'DB',
  };
  return byType[type] ?? bindingName(service.name);
}

function bindingReason(
  type: BindingChoice,
  service: BackingService,
  sources: SourceFile[],
): string {
  if (service.kind === 'redis' && type === 'durable-object') {
    const hit = firstHit(sources, REDIS_COORDINATION);
    return `Redis used for locks/counters/pub-sub${hit ? ` (${hitRef(hit)})` : ''}: needs the strong consistency of a Durable Object`;
  }
  if (service.kind === 'redis')
    return 'Redis used as a cache/session store: KV (eventually consistent, ~60 s)';
  if (type === 'hyperdrive')
    return `${service.kind} stays where it is; Hyperdrive pools connections to it from the edge`;
  if (type === 'queue')
    return `${service.kind} messages → Cloudflare Queues (producer in this Worker; no consumer is declared until the entry exports a queue() handler)`;
  return `${service.kind} → ${type}`;
}

function makeBinding(
  type: BindingChoice,
  binding: string,
  service: BackingService,
  envVar: string | null,
  reason: string,
): Binding {
  const source = service.source;
  switch (type) {
    case 'hyperdrive':
      return {
        type,
        binding,
        connectionSecret: envVar ?? `${binding}_ORIGIN`,
        engine: service.kind === 'mysql' ? 'mysql' : 'postgres',
        reason,
        source,
      };
    case 'queue':
      // The generated entry has no queue() handler, and Cloudflare delivers a consumer's batches to that
      // handler only: declaring the consumer would drop every message. The code change says what to write.
      return { type, binding, queue: service.name, consumer: false, reason, source };
    case 'durable-object':
      return { type, binding, className: 'RedisState', reason, source };
    case 'd1':
      return { type, binding, migrationsDir: null, reason, source };
    case 'kv':
    case 'r2':
      return { type, binding, reason, source };
    default:
      return { type: 'kv', binding, reason, source };
  }
}

function usageHit(
  type: BindingChoice,
  sources: SourceFile[],
): { file: string; line: number } | null {
  const patterns: Partial<Record<BindingChoice, RegExp>> = {
    kv: /\bnew Redis\(|createClient\(|ioredis|['"]redis['"]/,
    'durable-object': /\bnew Redis\(|createClient\(|ioredis|['"]redis['"]/,
    queue: /amqplib|kafkajs|['"]nats['"]|bullmq|\bnew Queue\(/,
    r2: /S3Client|aws-sdk|minio/,
  };
  const pattern = patterns[type];
  return pattern ? firstHit(sources, pattern) : null;
}

function codeChangeFor(type: BindingChoice, binding: string, kind: string): string {
  switch (type) {
    case 'kv':
      return `replace the ${kind} client with env.${binding}.get(key) / env.${binding}.put(key, value, { expirationTtl })`;
    case 'durable-object':
      return `replace the ${kind} client with the generated RedisState Durable Object: env.${binding}.getByName('main').incr(key) / get / set`;
    case 'queue':
      return `publish with env.${binding}.send(message); to consume, export \`async queue(batch, env)\` from the entry (calling your consumer code for each batch.messages[i].body), then add \`"consumers": [{ "queue": "<queue name>" }]\` under \`queues\` in wrangler.jsonc`;
    case 'r2':
      return `use env.${binding}.put(key, body) / get(key) instead of the S3 client (or keep the S3 client pointed at R2's S3 endpoint)`;
    default:
      return `use env.${binding}`;
  }
}
