import { createHash } from 'node:crypto';
import type { Hyperdrive } from 'cloudflare/resources/hyperdrive/hyperdrive';
import { listAllPages } from '../api.js';
import { permissionLabel } from '../permissions.js';
import { provisionError } from '../rules.js';
import type {
  ExistingResource,
  HandlerInputs,
  ProvisionableBinding,
  ResourceHandler,
} from './types.js';

type HyperdriveBinding = Extract<ProvisionableBinding, { type: 'hyperdrive' }>;
const permission = permissionLabel('Hyperdrive');

interface Origin {
  scheme: 'postgres' | 'postgresql' | 'mysql';
  host: string;
  port: number;
  database: string;
  user: string;
  password: string;
}

/** Reads `postgres://user:password@host:port/db`; the message names the secret, never its value. */
export function parseConnectionString(value: string, secretName: string): Origin {
  const invalid = (what: string) =>
    provisionError(
      'C021',
      `The connection string in ${secretName} ${what}.`,
      `Set ${secretName} to a URL like postgres://user:password@host:5432/database`,
    );
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw invalid('is not a URL');
  }
  const scheme = url.protocol.replace(/:$/, '');
  if (scheme !== 'postgres' && scheme !== 'postgresql' && scheme !== 'mysql') {
    throw invalid('must start with postgres://, postgresql:// or mysql://');
  }
  const database = decodeURIComponent(url.pathname.replace(/^\//, ''));
  if (!url.hostname || !url.username || !url.password || !database) {
    throw invalid('needs a user, a password, a host and a database');
  }
  return {
    scheme,
    host: url.hostname,
    port: url.port ? Number(url.port) : scheme === 'mysql' ? 3306 : 5432,
    database,
    user: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
  };
}

function origin(inputs: HandlerInputs): Origin {
  if (!inputs.connectionString)
    throw new Error('Hyperdrive inputs were not read before provisioning.');
  return parseConnectionString(inputs.connectionString, 'the connection secret');
}

/** What the API shows of an origin (never the password). */
function visibleOrigin(o: Partial<Origin>): Record<string, unknown> {
  return {
    scheme: o.scheme === 'postgresql' ? 'postgres' : o.scheme,
    host: o.host,
    port: o.port,
    database: o.database,
    user: o.user,
  };
}

/** Salted with the config id: the digest says "changed or not" and nothing about the value. */
function fingerprint(existing: ExistingResource, inputs: HandlerInputs): string {
  return createHash('sha256')
    .update(`${existing.id}\0${inputs.connectionString ?? ''}`)
    .digest('hex');
}

function toExisting(config: Hyperdrive): ExistingResource {
  return {
    name: config.name,
    id: config.id,
    details: visibleOrigin(config.origin as Partial<Origin>),
  };
}

export const hyperdriveHandler: ResourceHandler<HyperdriveBinding> = {
  type: 'hyperdrive',
  label: 'Hyperdrive config',
  permission: 'Hyperdrive',
  conflictCodes: [2017],
  listKey: () => 'hyperdrive',
  async list(api) {
    const configs = await listAllPages(
      api,
      'list Hyperdrive configs',
      'Hyperdrive',
      (sdk, page, per_page) =>
        sdk.hyperdrive.configs.list({ account_id: api.accountId, page, per_page }),
    );
    return configs.map(toExisting);
  },
  async create(api, name, _binding, inputs) {
    const created = await api.client.call(
      `create Hyperdrive config ${name}`,
      (sdk) =>
        sdk.hyperdrive.configs.create({ account_id: api.accountId, name, origin: origin(inputs) }),
      { permission },
    );
    return toExisting(created);
  },
  needsUpdate(existing, inputs, previousFingerprint) {
    const changedVisibly =
      JSON.stringify(existing.details) !== JSON.stringify(visibleOrigin(origin(inputs)));
    // The API never shows the password, so without our record of it (a fresh runner) it may have been
    // rotated: the origin is written again rather than kept until the database refuses connections.
    const changedSecretly =
      previousFingerprint === undefined || previousFingerprint !== fingerprint(existing, inputs);
    return changedVisibly || changedSecretly;
  },
  async update(api, existing, inputs) {
    const updated = await api.client.call(
      `update Hyperdrive config ${existing.name}`,
      (sdk) =>
        sdk.hyperdrive.configs.update(existing.id, {
          account_id: api.accountId,
          name: existing.name,
          origin: origin(inputs),
        }),
      { permission },
    );
    return toExisting(updated);
  },
  fingerprint,
  async remove(api, resource) {
    await api.client.call(
      `delete Hyperdrive config ${resource.name}`,
      (sdk) => sdk.hyperdrive.configs.delete(resource.id, { account_id: api.accountId }),
      { permission },
    );
  },
  configEntries: (binding, resource) => [
    {
      section: ['hyperdrive'],
      key: 'binding',
      entry: { binding: binding.binding, id: resource.id },
    },
  ],
};
