import type { Context } from '../context.js';
import { apiBaseUrl } from '../cloudflare/client.js';
import type { DeployResult } from '../model/index.js';
import type { Wrangler, WranglerOutputRecord, WranglerRun } from '../toolchain/wrangler.js';
import { changedSecrets, digestsIn, secretDigests } from '../provision/secret-digests.js';
import { failedWith, PREVIEW_NOT_FOUND } from '../toolchain/wrangler-errors.js';
import { firstHttpsUrl } from './health.js';
import { assertSucceeded, runStep, type Transcript, type WranglerStep } from './wrangler-run.js';

type PreviewRecord = Extract<WranglerOutputRecord, { type: 'preview' }>;

/** A Preview deployment as `GET …/deployments/latest` returns it: `env` has no secret values. */
interface PreviewDeployment {
  id: string;
  urls?: string[];
  env?: Record<string, { type: string; text?: string }>;
}

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
): Promise<PreviewDeployment | null> {
  const account = ctx.env.CLOUDFLARE_ACCOUNT_ID;
  const token = ctx.env.CLOUDFLARE_API_TOKEN;
  if (!account || !token) return null;
  const url = `${apiBaseUrl(ctx.env)}/accounts/${account}/workers/workers/${encodeURIComponent(workerName)}/previews/${encodeURIComponent(previewName)}/deployments/latest`;
  try {
    const response = await ctx.fetch(url, {
      headers: { authorization: `Bearer ${token}` },
      signal: AbortSignal.timeout(30_000),
    });
    const body = (await response.json()) as { success?: boolean; result?: PreviewDeployment };
    return body.success && body.result ? body.result : null;
  } catch {
    return null;
  }
}

/**
 * The secrets the Preview lacks or whose value changed since its latest deployment recorded their digests
 * (the var provision writes into the `previews` block); all of them for a new Preview.
 */
function changedPreviewSecrets(
  ctx: Context,
  upload: WorkerPreviewUpload,
  latest: PreviewDeployment | null,
): string[] {
  const names = Object.keys(upload.secrets);
  if (!latest) return names;
  const env = Object.entries(latest.env ?? {}).map(([name, binding]) => ({ name, ...binding }));
  const digests = secretDigests(
    ctx.env.CLOUDFLARE_API_TOKEN ?? '',
    upload.workerName,
    upload.secrets,
  );
  return changedSecrets(digests, {
    names: new Set(env.filter((b) => b.type === 'secret_text').map((b) => b.name)),
    digests: digestsIn(env),
  });
}

/** `wrangler preview secret bulk --name pr-N` for the named secrets (values on stdin). */
async function setPreviewSecrets(
  ctx: Context,
  upload: WorkerPreviewUpload,
  names: string[],
): Promise<void> {
  const { wrangler, previewName, message, step, transcript } = upload;
  const secretsStep = { ...step, action: `set the secrets of the Preview ${previewName}` };
  const secrets = await runStep(
    ctx,
    wrangler,
    ['preview', 'secret', 'bulk', '--name', previewName, '--message', `${message}: secrets`],
    secretsStep,
    transcript,
    JSON.stringify(Object.fromEntries(names.map((name) => [name, upload.secrets[name]]))),
  );
  assertSucceeded(secrets, secretsStep);
}

/**
 * Creates or updates the Worker Preview `pr-N` (`wrangler preview --name pr-N`) and sets only the secrets it
 * lacks or whose value changed (`wrangler preview secret bulk --name pr-N`). An existing Preview gets them
 * first: `wrangler preview` then carries every secret of the latest deployment over (`inherit`, wrangler
 * 4.164's preview deployment request) and records the new digests, so a digest never describes a secret
 * that failed to upload. A new Preview gets them after, which makes a new deployment of the same code that
 * has them. Fills in the Preview URL (`previewAliasUrl`), the Deployment URL (`previewUrl`) and the
 * deployment id (`versionId`). Production's secrets and deployments are never touched.
 */
export async function uploadWorkerPreview(
  ctx: Context,
  upload: WorkerPreviewUpload,
  result: DeployResult,
): Promise<WranglerRun> {
  const { wrangler, previewName, message, step, transcript } = upload;
  const before = Object.keys(upload.secrets).length
    ? await latestDeployment(ctx, upload.workerName, previewName)
    : null;
  const changed = changedPreviewSecrets(ctx, upload, before);
  const kept = Object.keys(upload.secrets).filter((name) => !changed.includes(name));
  if (kept.length > 0) {
    ctx.log.info(`Preview ${previewName}: secrets unchanged, not uploaded: ${kept.join(', ')}`);
  }
  if (before && changed.length > 0) await setPreviewSecrets(ctx, upload, changed);
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
  if (before || changed.length === 0) return run;

  await setPreviewSecrets(ctx, upload, changed);
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
