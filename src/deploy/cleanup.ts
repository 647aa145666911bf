import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Context } from '../context.js';
import type { CleanupResult, Plan } from '../model/index.js';
import {
  cleanupPreviewResources,
  type CleanupOptions as ProvisionCleanupOptions,
} from '../provision/index.js';
import { hasWorkerPreviews, resolveWrangler, type Wrangler } from '../toolchain/wrangler.js';
import { failedWith, WORKER_NOT_FOUND } from '../toolchain/wrangler-errors.js';
import { deployFinding } from './rules.js';
import { previewAlias, previewWorkerName } from './target.js';
import { deleteWorkerPreview } from './worker-preview.js';
import { assertSucceeded, runStep, Transcript } from './wrangler-run.js';

export interface CleanupOptions {
  pullRequest: number;
  /** Token, account and client tuning for deleting provision's per-PR resources. */
  connection?: Omit<ProvisionCleanupOptions, 'pr' | 'dryRun'>;
  wrangler?: Wrangler;
}

/** Worker names known by name alone, when there is no saved plan (the PR's code is not checked out). */
export interface WorkerNames {
  workers: string[];
}

function isPlan(source: Plan | WorkerNames): source is Plan {
  return 'version' in source;
}

/** Runs `use` with a config that only names the Worker: the PR's own config is not checked out. */
async function withNameConfig<T>(
  scriptName: string,
  use: (config: string, dir: string) => Promise<T>,
): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'dtw-cleanup-'));
  try {
    const config = join(dir, 'wrangler.json');
    await writeFile(config, JSON.stringify({ name: scriptName, compatibility_date: '2025-01-01' }));
    return await use(config, dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Deletes `<name>-pr-N` if it exists (a Worker with an alias preview or a Worker Preview has none). */
async function deletePreviewWorker(
  ctx: Context,
  wrangler: Wrangler,
  scriptName: string,
  transcript: Transcript,
): Promise<boolean> {
  return withNameConfig(scriptName, async (config, dir) => {
    const step = { config, cwd: dir, action: `delete the preview Worker ${scriptName}` };
    const run = await runStep(
      ctx,
      wrangler,
      ['delete', '--name', scriptName, '--force'],
      step,
      transcript,
    );
    if (failedWith(run, WORKER_NOT_FOUND)) return false;
    assertSucceeded(run, step);
    return true;
  });
}

/** The Worker names of a saved plan or of the names given. */
export function workerNames(source: Plan | WorkerNames): string[] {
  return isPlan(source) ? source.workers.map((w) => w.name) : source.workers;
}

/**
 * Removes a closed pull request's previews: the Worker Previews, the separate preview Workers and the
 * per-PR resources provision created (only names of that PR's set). Needs only the saved plan, or just
 * the Worker names. GitHub's side (deployments, comment) is the report stage's.
 */
export async function removePreviews(
  source: Plan | WorkerNames,
  options: CleanupOptions,
  ctx: Context,
): Promise<CleanupResult> {
  const pr = options.pullRequest;
  const plan = isPlan(source) ? source : null;
  const names = workerNames(source);
  const wrangler = options.wrangler ?? (await resolveWrangler(ctx));
  const result: CleanupResult = {
    pullRequest: pr,
    deletedWorkers: [],
    deletedPreviews: [],
    deletedResources: [],
    deactivatedDeployments: 0,
    diagnostics: [],
  };
  const transcript = new Transcript();
  const previewName = previewAlias(pr);
  for (const name of names) {
    const scriptName = previewWorkerName(name, pr);
    try {
      // A PR may have previews of both kinds when wrangler was upgraded while it was open.
      if (
        hasWorkerPreviews(wrangler) &&
        (await withNameConfig(name, (config, cwd) =>
          deleteWorkerPreview(
            ctx,
            wrangler,
            previewName,
            { config, cwd, action: `delete the Preview ${previewName} of ${name}` },
            transcript,
          ),
        ))
      ) {
        result.deletedPreviews.push(`${name}/${previewName}`);
      }
      if (await deletePreviewWorker(ctx, wrangler, scriptName, transcript)) {
        result.deletedWorkers.push(scriptName);
      }
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      result.diagnostics.push(deployFinding('R030', message));
    }
  }
  if (plan) {
    result.deletedResources = await cleanupPreviewResources(
      plan,
      { ...options.connection, pr },
      ctx,
    );
  }
  return result;
}
