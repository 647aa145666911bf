import { createHash } from 'node:crypto';
import type { Diagnostic, DeployMode, WorkerPlan } from '../model/index.js';
import { deployFinding } from './rules.js';

/** A workers.dev hostname label (`<alias>-<name>`, `<name>`) is at most 63 characters. */
export const MAX_LABEL = 63;

export interface DeployTarget {
  /** The script that receives the upload. */
  scriptName: string;
  mode: DeployMode;
  modeReason: string;
  /** `pr-N`: the preview alias or the Worker Preview's name; null otherwise. */
  alias: string | null;
  diagnostics: Diagnostic[];
}

export function previewAlias(pullRequest: number): string {
  return `pr-${pullRequest}`;
}

/** `<name>-pr-N`, shortened with a hash of the full name when it would not fit in a DNS label. */
export function previewWorkerName(name: string, pullRequest: number): string {
  const suffix = `-pr-${pullRequest}`;
  const full = `${name}${suffix}`;
  if (full.length <= MAX_LABEL) return full;
  const hash = createHash('sha256').update(name).digest('hex').slice(0, 6);
  return `${name.slice(0, MAX_LABEL - suffix.length - hash.length - 1)}-${hash}${suffix}`;
}

/** Why a preview alias on the Worker itself cannot work for this Worker, or null when it can. */
function aliasBlocker(worker: WorkerPlan): string | null {
  const durableObject = worker.bindings.find((b) => b.type === 'durable-object');
  if (durableObject) {
    return `it binds the Durable Object ${durableObject.binding}: a version upload cannot apply Durable Object migrations, and an alias would share production's Durable Object instances and their stored state`;
  }
  if (worker.secrets.length > 0) {
    return `it has secrets (${worker.secrets.join(', ')}): secrets belong to the Worker script, so setting preview values on the production Worker would change production`;
  }
  if (worker.target === 'container') {
    return 'it runs a Container: container changes (image, instances) only roll out with `wrangler deploy`, not with a version upload';
  }
  return null;
}

/**
 * Where a Worker goes: production; with Worker Previews (`workerPreviews`, from `hasWorkerPreviews`) the
 * Preview `pr-N` of the Worker itself, which has its own secrets and isolates Durable Objects and Containers;
 * with an older wrangler a `pr-N` preview alias, or a separate `<name>-pr-N` Worker.
 */
export function chooseTarget(
  worker: WorkerPlan,
  environment: 'production' | 'preview',
  pullRequest: number | null,
  workerPreviews = false,
): DeployTarget {
  if (environment === 'production' || pullRequest === null) {
    return {
      scriptName: worker.name,
      mode: 'production',
      modeReason: 'production deploy',
      alias: null,
      diagnostics: [],
    };
  }
  const alias = previewAlias(pullRequest);
  if (workerPreviews) {
    return {
      scriptName: worker.name,
      mode: 'worker-preview',
      modeReason: `Worker Preview ${alias} of ${worker.name} (its own bindings and secrets, a stable Preview URL)`,
      alias,
      diagnostics: [],
    };
  }
  const separate = (reason: string, diagnostics: Diagnostic[] = []): DeployTarget => ({
    scriptName: previewWorkerName(worker.name, pullRequest),
    mode: 'preview-worker',
    modeReason: reason,
    alias: null,
    diagnostics: [
      ...diagnostics,
      deployFinding(
        'R001',
        `${worker.name}: preview deployed as a separate Worker because ${reason}.`,
      ),
    ],
  });
  const blocker = aliasBlocker(worker);
  if (blocker) return separate(blocker);
  if (`${alias}-${worker.name}`.length > MAX_LABEL) {
    const reason = `the alias hostname ${alias}-${worker.name} is longer than ${MAX_LABEL} characters`;
    return separate(reason, [deployFinding('R002', `${worker.name}: ${reason}.`)]);
  }
  return {
    scriptName: worker.name,
    mode: 'preview-alias',
    modeReason: `preview alias ${alias} on the Worker (a stable URL per pull request)`,
    alias,
    diagnostics: [],
  };
}
