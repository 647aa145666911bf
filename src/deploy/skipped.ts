import type { DeployResult, Diagnostic, RowStatus, WorkerPlan } from '../model/index.js';

/** The result for a Worker that was not (or could not be) deployed. */
export function skippedResult(
  worker: WorkerPlan,
  environment: string,
  status: RowStatus,
  diagnostic: Diagnostic,
): DeployResult {
  return {
    worker: worker.name,
    scriptName: worker.name,
    environment,
    mode: 'skipped',
    modeReason: diagnostic.message,
    status,
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
    diagnostics: [diagnostic],
    durationMs: 0,
  };
}
