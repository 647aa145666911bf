import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { APP_MODEL_VERSION, type AppModel, type DockerfileFacts } from '../../src/model/index.js';

export const FIXTURES = resolve(import.meta.dirname, '..', 'fixtures');

/** A complete AppModel with defaults, for plan tests that do not depend on detect. */
export function appModel(fixture: string, fields: Partial<AppModel> = {}): AppModel {
  return {
    version: APP_MODEL_VERSION,
    root: join(FIXTURES, fixture),
    runtime: 'node',
    framework: 'node-http',
    entry: 'server.js',
    runFile: 'server.js',
    startCommand: 'node server.js',
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
      name: fixture,
      scripts: {},
      dependencies: {},
      devDependencies: {},
      esm: false,
      workspaces: [],
      build: null,
    },
    crons: [],
    diagnostics: [],
    sources: {},
    ...fields,
  };
}

export function dockerfile(fields: Partial<DockerfileFacts> = {}): DockerfileFacts {
  return {
    path: 'Dockerfile',
    stages: [{ name: null, index: 0, image: 'node:20-alpine', line: 1 }],
    finalStage: 0,
    baseImage: 'node:20-alpine',
    workdir: '/app',
    user: null,
    copies: [],
    cmd: ['node', 'server.js'],
    entrypoint: null,
    systemPackages: [],
    runCommands: [],
    ...fields,
  };
}

export async function tempOut(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'dtw-plan-'));
}
