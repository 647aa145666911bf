import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { APP_MODEL_VERSION, type AppModel, type Framework } from '../../src/model/index.js';

/**
 * A minimal AppModel for a fixture (a Node server started with `node <entry>`), so validate tests do not
 * depend on every detect heuristic; the CLI tests run the real detect.
 */
export async function nodeApp(
  dir: string,
  entry: string,
  options: { framework?: Framework; port?: number; healthcheck?: string } = {},
): Promise<AppModel> {
  const root = resolve(dir);
  const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as {
    name?: string;
    dependencies?: Record<string, string>;
    type?: string;
  };
  return {
    version: APP_MODEL_VERSION,
    root,
    runtime: 'node',
    framework: options.framework ?? 'express',
    entry,
    runFile: entry,
    startCommand: `node ${entry}`,
    ports: [options.port ?? 3000],
    healthcheck: options.healthcheck ?? null,
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
      name: pkg.name ?? null,
      scripts: {},
      dependencies: pkg.dependencies ?? {},
      devDependencies: {},
      esm: pkg.type === 'module',
      workspaces: [],
      build: null,
    },
    crons: [],
    diagnostics: [],
    sources: {},
  };
}
