import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { isMap, type Document, type LineCounter } from 'yaml';
import { readYaml } from '../detect/yaml.js';
import { UserError } from '../errors.js';
import type { AppModel, Target } from '../model/index.js';

/** The override file read from the repository root. */
export const OVERRIDES_FILE = 'docker-to-workers.yml';

export type BindingChoice = 'kv' | 'd1' | 'r2' | 'hyperdrive' | 'queue' | 'durable-object' | 'none';

/**
 * Overrides without code: `x-cloudflare:` on the compose service and/or `docker-to-workers.yml`
 * (the file wins; CLI flags win over both). `services.<name>` (file only) applies to another built service.
 */
export interface Overrides {
  name?: string;
  target?: Target;
  compatibility_date?: string;
  compatibility_flags?: string[];
  port?: number;
  routes?: (string | { pattern: string; zone_name?: string; custom_domain?: boolean })[];
  /** Keyed by compose service name or volume name/target: the binding to use, or `none`. */
  bindings?: Record<string, BindingChoice | { type: BindingChoice; binding?: string }>;
  vars?: Record<string, string>;
  secrets?: string[];
  assets?: string | false;
  crons?: string[];
  cpu_ms?: number;
  use_existing?: boolean;
  container?: { instance_type?: string; max_instances?: number };
  services?: Record<string, Omit<Overrides, 'services'>>;
}

const BINDING_TYPES = ['kv', 'd1', 'r2', 'hyperdrive', 'queue', 'durable-object', 'none'];

const serviceProperties = {
  name: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{0,53}$' },
  target: { enum: ['worker', 'python-worker', 'container'] },
  compatibility_date: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
  compatibility_flags: { type: 'array', items: { type: 'string' } },
  port: { type: 'integer', minimum: 1, maximum: 65535 },
  routes: {
    type: 'array',
    items: {
      anyOf: [
        { type: 'string' },
        {
          type: 'object',
          additionalProperties: false,
          required: ['pattern'],
          properties: {
            pattern: { type: 'string' },
            zone_name: { type: 'string' },
            custom_domain: { type: 'boolean' },
          },
        },
      ],
    },
  },
  bindings: {
    type: 'object',
    additionalProperties: {
      anyOf: [
        { enum: BINDING_TYPES },
        {
          type: 'object',
          additionalProperties: false,
          required: ['type'],
          properties: {
            type: { enum: BINDING_TYPES },
            binding: { type: 'string', pattern: '^[A-Z][A-Z0-9_]*$' },
          },
        },
      ],
    },
  },
  vars: { type: 'object', additionalProperties: { type: 'string' } },
  secrets: { type: 'array', items: { type: 'string' } },
  assets: { anyOf: [{ type: 'string' }, { const: false }] },
  crons: { type: 'array', items: { type: 'string' } },
  cpu_ms: { type: 'integer', minimum: 1, maximum: 300000 },
  use_existing: { type: 'boolean' },
  container: {
    type: 'object',
    additionalProperties: false,
    properties: {
      instance_type: {
        enum: ['lite', 'basic', 'standard-1', 'standard-2', 'standard-3', 'standard-4'],
      },
      max_instances: { type: 'integer', minimum: 1 },
    },
  },
};

/** The documented schema (README "plan"); unknown keys are errors, never ignored. */
export const OVERRIDES_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  properties: {
    ...serviceProperties,
    services: {
      type: 'object',
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        properties: serviceProperties,
      },
    },
  },
};

let compiled: ValidateFunction<Overrides> | undefined;
/** Compiled on first use: most repositories have no overrides, and compiling costs ~50 ms. */
const validator = () =>
  (compiled ??= new Ajv({ allErrors: true }).compile<Overrides>(OVERRIDES_SCHEMA));

function describe(error: ErrorObject): string {
  const key = error.instancePath.split('/').filter(Boolean).join('.') || '(top level)';
  if (error.keyword === 'additionalProperties') {
    return `unknown key \`${[key === '(top level)' ? '' : `${key}.`, String(error.params.additionalProperty)].join('')}\``;
  }
  if (error.keyword === 'enum')
    return `\`${key}\` must be one of ${(error.params.allowedValues as unknown[]).join(', ')}`;
  return `\`${key}\` ${error.message ?? 'is invalid'}`;
}

/** Line of the value at an ajv instance path in a YAML document (or of the document). */
function lineOf(
  doc: Document | null,
  counter: LineCounter | null,
  error: ErrorObject,
): number | undefined {
  if (!doc || !counter) return undefined;
  const path = error.instancePath.split('/').filter(Boolean);
  if (error.keyword === 'additionalProperties') path.push(String(error.params.additionalProperty));
  const node = doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
  const parent = doc.getIn(path.slice(0, -1), true);
  const pair = isMap(parent)
    ? parent.items.find((p) => String((p.key as { value?: unknown })?.value) === path.at(-1))
    : undefined;
  const offset = (pair?.key as { range?: [number] } | undefined)?.range?.[0] ?? node?.range?.[0];
  return offset === undefined ? undefined : counter.linePos(offset).line;
}

/**
 * Validates overrides read from `where` (`file` or `file:line`; a YAML document gives each key's line);
 * a bad key throws a UserError.
 */
export function validateOverrides(
  value: unknown,
  where: string,
  doc: Document | null = null,
  counter: LineCounter | null = null,
): Overrides {
  const validate = validator();
  if (validate(value)) return value;
  const [, file = where, blockLine] = /^(.*?)(?::(\d+))?$/.exec(where) ?? [];
  const first = (validate.errors ?? [])[0];
  const messages = (validate.errors ?? []).filter((e) => e.keyword !== 'anyOf').map(describe);
  throw new UserError(`P090 invalid overrides in ${file}: ${[...new Set(messages)].join('; ')}`, {
    file,
    line:
      (first ? lineOf(doc, counter, first) : undefined) ??
      (blockLine ? Number(blockLine) : undefined),
    fix: 'Keys allowed: name, target, compatibility_date, compatibility_flags, port, routes, bindings, vars, secrets, assets, crons, cpu_ms, use_existing, container, services (see README "plan").',
  });
}

async function readOverridesFile(root: string): Promise<Overrides | null> {
  const text = await readFile(join(root, OVERRIDES_FILE), 'utf8').catch(() => null);
  if (text === null) return null;
  const read = readYaml(text);
  if (!read.ok) {
    throw new UserError(`P090 ${OVERRIDES_FILE} is not valid YAML: ${read.message}`, {
      file: OVERRIDES_FILE,
      line: read.line,
      fix: 'Fix the YAML syntax.',
    });
  }
  return validateOverrides(read.value ?? {}, OVERRIDES_FILE, read.document, read.lines);
}

/** Compose `x-cloudflare` (validated, reported against the compose file), then the file on top. */
export async function loadOverrides(app: AppModel): Promise<Overrides> {
  const fromCompose = app.composeOverrides
    ? validateOverrides(
        app.composeOverrides,
        app.sources.composeOverrides ?? app.composeFiles[0] ?? 'compose.yaml',
      )
    : {};
  const fromFile = (await readOverridesFile(app.root)) ?? {};
  return { ...fromCompose, ...fromFile };
}

/** The overrides for one built service: `services.<name>` of the file. */
export function serviceOverrides(overrides: Overrides, service: string): Overrides {
  return overrides.services?.[service] ?? {};
}
