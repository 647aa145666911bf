import { resolve } from 'node:path';
import type { Context } from '../context.js';
import { APP_MODEL_VERSION, type AppModel } from '../model/index.js';

export interface DetectOptions {
  dockerfile?: string;
  compose?: string;
  service?: string;
  dockerTarget?: string;
}

/** Placeholder until the detect stage lands: an empty model for the directory. */
export async function detect(
  dir: string,
  _options: DetectOptions,
  _ctx: Context,
): Promise<AppModel> {
  return {
    version: APP_MODEL_VERSION,
    root: resolve(dir),
    runtime: 'unknown',
    framework: 'unknown',
    entry: null,
    runFile: null,
    startCommand: null,
    ports: [],
    healthcheck: null,
    services: [],
    builtServices: [],
    volumes: [],
    env: [],
    packageManager: null,
    nativeAddons: [],
    dbClients: [],
    wranglerConfig: null,
    dockerfile: null,
    composeFiles: [],
    composeService: null,
    composeOverrides: null,
    packageJson: null,
    crons: [],
    diagnostics: [],
    sources: {},
  };
}
