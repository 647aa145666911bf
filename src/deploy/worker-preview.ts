import type { Context } from '../context.js';
import { apiBaseUrl } from '../cloudflare/client.js';
import type { DeployResult } from '../model/index.js';
import type { Wrangler, WranglerOutputRecord, WranglerRun } from '../toolchain/wrangler.js';
import { failedWith, PREVIEW_NOT_FOUND } from '../toolchain/wrangler-errors.js';
import { firstHttpsUrl } from './health.js';
import { assertSucceeded, runStep, type Transcript, type WranglerStep } from './wrangler-run.js';

type PreviewRecord = Extract<WranglerOutputRecord, { type: 'preview' }>;

export interface WorkerPreviewUpload {
  wrangler: Wrangler;
  workerName: string;
  /** The Preview's name, `pr-N`. */
  previewName: string;
  message: string;
  /** Secret values for this Preview only (`wrangler preview secret bulk`), by name. */
  secrets: Record<string, string>;
  step: WranglerStep;
  transcript: Transcript;
}

/**
 * The Preview's latest deployment (`GET …/previews/{name}/deployments/latest`, as wrangler's
 * deploy-helpers/src/preview/api.ts `getPreviewDeployment`): after `preview secret bulk` it is the one with
 * the secrets, whose URL wrangler prints but writes to no output file. Null when it cannot be read.
 */
async function latestDeployment(
  ctx: Context,
  workerName: string,
  previewName: string,
): Promise<{ id: string; urls?: string[] } | null> {
  const account = ctx.env.CLOUDFLARE_ACCOUNT_ID;
  const token = ctx.env.CLOUDFLARE_API_TOKEN;
  if (!account || !token) return null;
  const url = `${apiBaseUrl(ctx.env)}/accounts/${account}/workers/workers/${encodeURIComponent(workerName)}/previews/${encodeURIComponent(previewName)}/deployments/latest`;
  try {
    const response = await ctx.fetch(url, {
      headers: { authorization: `Bearer ${token}` },
      signal: AbortSignal.timeout(30_000),
    });
    const body = (await response.json()) as {
      success?: boolean;
      result?: { id: string; urls?: string[] };
    };
    return body.success && body.result ? body.result : null;
  } catch {
    return null;
  }
}

/**
 * Creates or updates the Worker Preview `pr-N` (`wrangler preview --name pr-N`), then sets its secrets
 * (`wrangler preview secret bulk --name pr-N`, values on stdin), which makes a new deployment of the same
 * code that has them. Fills in the Preview URL (`previewAliasUrl`), the Deployment URL (`previewUrl`) and the
 * deployment id (`versionId`). Production's secrets and deployments are never touched.
 */
export async function uploadWorkerPreview(
  ctx: Context,
  upload: WorkerPreviewUpload,
  result: DeployResult,
): Promise<WranglerRun> {
  const { wrangler, previewName, message, step, transcript } = upload;
  const run = await runStep(
    ctx,
    wrangler,
    ['preview', '--name', previewName, '--message', message],
    step,
    transcript,
  );
  assertSucceeded(run, step);
  const record = run.records.find((r): r is PreviewRecord => r.type === 'preview');
  result.previewAliasUrl = firstHttpsUrl(record?.preview_urls);
  result.previewUrl = firstHttpsUrl(record?.deployment_urls);
  result.versionId = record?.deployment_id ?? null;
  const names = Object.keys(upload.secrets);
  if (names.length === 0) return run;

  const secretsStep = { ...step, action: `set the secrets of the Preview ${previewName}` };
  const secrets = await runStep(
    ctx,
    wrangler,
    ['preview', 'secret', 'bulk', '--name', previewName, '--message', `${message}: secrets`],
    secretsStep,
    transcript,
    JSON.stringify(upload.secrets),
  );
  assertSucceeded(secrets, secretsStep);
  const latest = await latestDeployment(ctx, upload.workerName, previewName);
  if (latest) {
    result.versionId = latest.id;
    result.previewUrl = firstHttpsUrl(latest.urls) ?? result.previewUrl;
  }
  return run;
}

/** Deletes the Worker Preview `pr-N` (`wrangler preview delete`); false when it did not exist. */
export async function deleteWorkerPreview(
  ctx: Context,
  wrangler: Wrangler,
  previewName: string,
  step: WranglerStep,
  transcript: Transcript,
): Promise<boolean> {
  const run = await runStep(
    ctx,
    wrangler,
    ['preview', 'delete', '--name', previewName, '--skip-confirmation'],
    step,
    transcript,
  );
  if (failedWith(run, PREVIEW_NOT_FOUND)) return false;
  assertSucceeded(run, step);
  return true;
}
