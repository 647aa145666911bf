import { cp, mkdtemp, readFile, symlink } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ACTION_ROOT } from './runner.js';

/**
 * A caller's checkout: a copy of a fixture app as the workspace, or in `appDir` of it (generated files
 * never land in the repository), with the repository's node_modules linked in, as `npm ci` would have
 * left them (unless `nodeModules` is false: a fresh checkout).
 */
export async function fixtureWorkspace(
  fixture: string,
  appDir = '.',
  options: { nodeModules?: boolean } = {},
): Promise<string> {
  const workspace = await mkdtemp(join(tmpdir(), 'dtw-workspace-'));
  await cp(join(ACTION_ROOT, 'test/fixtures', fixture), join(workspace, appDir), {
    recursive: true,
    filter: (source) => !source.includes('.docker-to-workers'),
  });
  if (options.nodeModules !== false) {
    await symlink(join(ACTION_ROOT, 'node_modules'), join(workspace, 'node_modules'), 'dir');
  }
  return workspace;
}

export async function eventPayload(name: string): Promise<Record<string, unknown>> {
  return JSON.parse(
    await readFile(join(import.meta.dirname, 'events', `${name}.json`), 'utf8'),
  ) as Record<string, unknown>;
}

/** What the job log shows: the runner consumes `::add-mask::` commands instead of printing them. */
export function visibleLog(stdout: string): string {
  return stdout
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');
}

/** The deployed Workers: every *.workers.dev request (rerouted by loopback-preload.mjs) lands here. */
export async function startWorkersDev(): Promise<{
  url: string;
  hosts: string[];
  close: () => Promise<void>;
}> {
  const hosts: string[] = [];
  const server = createServer((req, res) => {
    hosts.push(`${String(req.headers['x-original-host'])}${req.url ?? ''}`);
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end('ok');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    hosts,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** NODE_OPTIONS for the action's process: the network edge of loopback-preload.mjs. */
export function loopbackNodeOptions(): string {
  return `--import ${pathToFileURL(join(import.meta.dirname, 'loopback-preload.mjs')).href}`;
}
