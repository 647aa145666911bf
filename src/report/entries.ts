import type {
  CheckResult,
  DeployResult,
  Diagnostic,
  RowStatus,
  WorkerPlan,
} from '../model/index.js';
import type { CommentEntry, MigrationSummary } from './comment.js';

/** The migration report's outcome counts and the manual steps, for the comment and summary. */
export function migrationSummary(worker: WorkerPlan): MigrationSummary {
  const count = (outcome: string) => worker.report.filter((row) => row.outcome === outcome).length;
  return {
    verdict: worker.verdict,
    converted: count('converted'),
    approximated: count('approximated'),
    dropped: count('dropped'),
    manual: count('manual'),
    manualItems: [
      ...worker.report
        .filter((row) => row.outcome === 'manual')
        .map((row) => `${row.key}: ${row.became}`),
      ...worker.codeChanges.map(
        (change) => `${change.file}${change.line ? `:${change.line}` : ''}: ${change.change}`,
      ),
    ],
    deployButton: worker.deployButton ?? null,
  };
}

/**
 * Code paths that read a key right after writing it where the plan moved Redis to KV (check's W706),
 * as `file:line`: KV is eventually consistent, so the read can see the old value.
 */
export function kvReadYourWrites(findings: Diagnostic[]): string[] {
  return findings
    .filter((f) => f.ruleId === 'W706')
    .map((f) => `${f.file ?? '?'}${f.line ? `:${f.line}` : ''}`);
}

export function findingsFor(worker: string, checks: CheckResult[] | undefined): Diagnostic[] {
  return checks?.find((c) => c.worker === worker)?.diagnostics ?? [];
}

function toCommentFinding(d: Diagnostic): CommentEntry['findings'][number] {
  return { ruleId: d.ruleId, severity: d.severity, message: d.message, file: d.file, line: d.line };
}

export interface EntryInput {
  worker: WorkerPlan;
  status: RowStatus;
  commit: string;
  now: Date;
  result?: DeployResult;
  checks?: CheckResult[];
  note?: string | null;
}

/** One Worker's comment entry from its plan, its check findings and (when deployed) its result. */
export function commentEntry(input: EntryInput): CommentEntry {
  const findings = [
    ...findingsFor(input.worker.name, input.checks),
    ...(input.result?.diagnostics ?? []).filter((d) => d.severity !== 'note'),
  ];
  const failure = input.result?.diagnostics.find((d) => d.severity === 'error');
  return {
    worker: input.worker.name,
    status: input.status,
    commit: input.commit,
    previewUrl: input.result ? (input.result.previewUrl ?? input.result.deploymentUrl) : null,
    aliasUrl: input.result?.previewAliasUrl ?? null,
    updatedAt: input.now.toISOString(),
    note: input.note ?? failure?.message ?? null,
    findings: findings.map(toCommentFinding),
    migration: migrationSummary(input.worker),
    health: input.result?.migration ?? null,
  };
}
