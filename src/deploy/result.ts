import type { DeployResult, Diagnostic, RowStatus, WorkerPlan } from '../model/index.js';

/** The fields that say what a deploy result is about; the rest start empty. */
export type DeployResultHead = Pick<
  DeployResult,
  'worker' | 'scriptName' | 'environment' | 'mode' | 'modeReason' | 'status' | 'diagnostics'
>;

/** A deploy result with nothing deployed yet: no URLs, versions, health or output. */
export function newDeployResult(head: DeployResultHead): DeployResult {
  return {
    worker: head.worker,
    scriptName: head.scriptName,
    environment: head.environment,
    mode: head.mode,
    modeReason: head.modeReason,
    status: head.status,
    deploymentUrl: null,
    previewUrl: null,
    previewAliasUrl: null,
    versionId: null,
    previousVersionId: null,
    rolledBack: false,
    health: null,
    migration: { startupMs: null, gzipBytes: null, production: null, kvReadYourWrites: [] },
    commandOutput: '',
    commandStderr: '',
    diagnostics: head.diagnostics,
    durationMs: 0,
  };
}

/** The result for a Worker that was not (or could not be) deployed. */
export function skippedResult(
  worker: WorkerPlan,
  environment: string,
  status: RowStatus,
  diagnostic: Diagnostic,
): DeployResult {
  return newDeployResult({
    worker: worker.name,
    scriptName: worker.name,
    environment,
    mode: 'skipped',
    modeReason: diagnostic.message,
    status,
    diagnostics: [diagnostic],
  });
}
