import { spawn } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCommentEntries } from '../../src/report/comment.js';
import { apiEnv } from '../support/cloudflare-api/server.js';
import { pullRequestEvent } from '../report/helpers.js';
import { deployRoomsPreview, useDeployWorld } from './helpers.js';

const t = useDeployWorld();

function cli(args: string[], env: Record<string, string>) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', ...args], {
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('CLI', () => {
  it('cleanup --pr 7 --worker reports to GitHub (GITHUB_API_URL honoured) without the plan', async () => {
    await deployRoomsPreview(t.world.ctx);
    const server = await t.fake.listen();
    const dir = await mkdtemp(join(tmpdir(), 'dtw-cli-'));
    const eventPath = join(dir, 'event.json');
    await writeFile(eventPath, JSON.stringify({ ...pullRequestEvent(), action: 'closed' }));
    try {
      const run = await cli(['cleanup', dir, '--pr', '7', '--worker', 'rooms', '--json'], {
        ...apiEnv(t.world.api),
        GITHUB_TOKEN: 'ghs_clitoken456',
        GITHUB_REPOSITORY: 'acme/shop',
        GITHUB_EVENT_PATH: eventPath,
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_API_URL: server.url,
      });
      expect(run.code, run.stderr).toBe(0);
      expect(JSON.parse(run.stdout)).toMatchObject({
        pullRequest: 7,
        deletedWorkers: ['rooms-pr-7'],
      });
      expect(t.world.api.state.primary.scripts.size).toBe(0);
      const [row] = parseCommentEntries(t.fake.comments.get(7)?.[0]?.body ?? '');
      expect(row).toMatchObject({ worker: 'rooms', status: 'cleaned up' });
      expect(run.stderr).not.toContain('ghs_clitoken456');
    } finally {
      await server.close();
    }
  });

  it('cleanup without a saved plan or --worker says what to pass', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dtw-cli-'));
    const run = await cli(['cleanup', dir, '--pr', '7'], {});
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('No saved plan');
    expect(run.stderr).toContain('--worker NAME');
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });
});
