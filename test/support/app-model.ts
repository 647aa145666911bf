import { APP_MODEL_VERSION, type AppModel, type PackageFacts } from '../../src/model/index.js';

/**
 * A complete AppModel for a Node server in `root` started with `node <entry>`, every other field at its
 * default (no Dockerfile, compose, services or volumes), for tests that do not depend on detect.
 */
export function nodeAppModel(
  root: string,
  entry: string,
  fields: Partial<Omit<AppModel, 'packageJson'>> & { packageJson?: Partial<PackageFacts> } = {},
): AppModel {
  const { packageJson, ...rest } = fields;
  return {
    version: APP_MODEL_VERSION,
    root,
    runtime: 'node',
    framework: 'node-http',
    entry,
    runFile: entry,
    startCommand: `node ${entry}`,
    ports: [3000],
    healthcheck: null,
    services: [],
    builtServices: [],
    volumes: [],
    env: [],
    packageManager: 'npm',
    nativeAddons: [],
    dbClients: [],
    wranglerConfig: null,
    dockerfile: null,
    composeFiles: [],
    composeService: null,
    composeOverrides: null,
    packageJson: {
      dir: '.',
      name: null,
      scripts: {},
      dependencies: {},
      devDependencies: {},
      esm: false,
      workspaces: [],
      build: null,
      ...packageJson,
    },
    crons: [],
    diagnostics: [],
    sources: {},
    ...rest,
  };
}

/** The compose facts of a Postgres `db` beside the app (`api`), whose DATABASE_URL plan binds to Hyperdrive. */
export const COMPOSE_POSTGRES = {
  services: [{ name: 'db', kind: 'postgres', image: 'postgres:16', source: 'compose.yaml:9' }],
  env: [
    {
      name: 'DATABASE_URL',
      value: 'postgres://app:***@db:5432/app',
      secretLike: true,
      source: 'compose.yaml:6',
    },
  ],
  composeFiles: ['compose.yaml'],
  composeService: 'api',
} satisfies Partial<AppModel>;
