import type { Context } from '../context.js';
import type { RepositoryRef } from '../model/index.js';
import { webUrlOfRemote } from '../plan/button.js';

async function git(ctx: Context, dir: string, args: string[]): Promise<string | null> {
  const result = await ctx
    .exec('git', ['-C', dir, ...args], { timeoutMs: 10_000 })
    .catch(() => null);
  return result?.exitCode === 0 ? result.stdout.trim() : null;
}

/** Where git says the repository is published (origin), for the Deploy to Cloudflare button. */
export async function gitRepository(dir: string, ctx: Context): Promise<RepositoryRef | null> {
  const remote = await git(ctx, dir, ['remote', 'get-url', 'origin']);
  const url = remote ? webUrlOfRemote(remote) : null;
  if (!url) return null;
  const branch = await git(ctx, dir, ['rev-parse', '--abbrev-ref', 'HEAD']);
  const prefix = (await git(ctx, dir, ['rev-parse', '--show-prefix'])) ?? '';
  return { url, branch: branch && branch !== 'HEAD' ? branch : null, prefix };
}
