import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { AppModel, DockerfileFacts } from '../../src/model/index.js';
import { nodeAppModel } from '../support/app-model.js';

export const FIXTURES = resolve(import.meta.dirname, '..', 'fixtures');

/** A complete AppModel with defaults, for plan tests that do not depend on detect. */
export function appModel(fixture: string, fields: Partial<AppModel> = {}): AppModel {
  const { packageJson, ...rest } = fields;
  const model = nodeAppModel(join(FIXTURES, fixture), 'server.js', {
    ...rest,
    packageJson: { name: fixture, ...packageJson },
  });
  return packageJson === null ? { ...model, packageJson: null } : model;
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
