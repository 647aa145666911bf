import type { CheckResult, DeployResult, ProvisionResult, TierChoice } from '../model/index.js';
import { percent } from '../util/format.js';
import { healthTable, kvWarnings } from './comment.js';
import { renderCheckMarkdown, renderDiagnosticsMarkdown } from './diagnostics.js';
import { escapeInline, formatMs, link, table } from './markdown.js';
import { renderTier } from './tier.js';

export interface SummaryInput {
  /** `production`, `preview`, `check`, `cleanup`… */
  environment: string;
  pullRequest: number | null;
  verdict: string;
  results: DeployResult[];
  checks?: CheckResult[];
  /** The plan tier check applied, when it ran. */
  tier?: TierChoice;
  provisions?: ProvisionResult[];
  /** Stage name → milliseconds, in the order they ran. */
  timings?: Record<string, number>;
}

function healthCell(result: DeployResult): string {
  const h = result.health;
  if (!h) return '—';
  const answer = h.status === null ? 'no answer' : `HTTP ${h.status}`;
  return `${h.ok ? '✅' : '❌'} ${answer}, ${formatMs(h.latencyMs)}`;
}

function deploymentsSection(results: DeployResult[]): string | null {
  if (results.length === 0) return null;
  const rows = results.map((r) => [
    escapeInline(r.status),
    escapeInline(r.worker),
    link(r.deploymentUrl),
    link(r.previewUrl),
    link(r.previewAliasUrl),
    r.versionId ? escapeInline(r.versionId) : '—',
    healthCell(r),
  ]);
  return `### Deployments\n\n${table(
    ['Status', 'Worker', 'URL', 'Preview URL', 'Alias URL', 'Version', 'Health'],
    rows,
  )}`;
}

const rateCell = (rate: number | null | undefined) =>
  rate === null || rate === undefined ? '—' : percent(rate);

/** Each step of each gradual rollout: the split, both versions' figures, and the outcome. */
function rolloutSection(results: DeployResult[]): string | null {
  const rolled = results.filter((r) => r.rollout);
  if (rolled.length === 0) return null;
  const rows = rolled.flatMap((r) =>
    r.rollout!.steps.map((step) => [
      escapeInline(r.worker),
      `${step.percentage}%`,
      step.outcome,
      escapeInline(step.judgedBy),
      `${step.newStats?.requests ?? '—'} / ${step.oldStats?.requests ?? '—'}`,
      `${rateCell(step.newStats?.errorRate)} / ${rateCell(step.oldStats?.errorRate)}`,
      `${step.newStats?.cpuP99Ms ?? '—'} / ${step.oldStats?.cpuP99Ms ?? '—'} ms`,
    ]),
  );
  const decisions = rolled.map(
    (r) =>
      `- ${escapeInline(r.worker)}: **${r.rollout!.decision}**, new version at ${r.rollout!.finalPercentage}%: ${escapeInline(r.rollout!.reason)}${r.rollout!.resumed ? ` (earlier run: ${escapeInline(r.rollout!.resumed)})` : ''}`,
  );
  const body = rows.length
    ? `${table(['Worker', 'Step', 'Outcome', 'Judged by', 'Requests new / old', 'Error rate new / old', 'CPU p99 new / old'], rows)}\n\n`
    : '';
  return `### Gradual rollout\n\n${body}${decisions.join('\n')}`;
}

function resourcesSection(provisions: ProvisionResult[] | undefined): string | null {
  const rows = (provisions ?? []).flatMap((p) =>
    p.resources.map((r) => [
      escapeInline(p.worker),
      escapeInline(r.binding),
      r.type,
      escapeInline(r.name),
      r.outcome,
    ]),
  );
  return rows.length
    ? `### Resources\n\n${table(['Worker', 'Binding', 'Type', 'Name', 'Outcome'], rows)}`
    : null;
}

/**
 * D1 migrations run before the new version takes traffic and are recorded in `d1_migrations`, so none
 * runs twice; D1 has no down migrations, so a Worker rollback leaves them applied.
 */
function migrationsSection(provisions: ProvisionResult[] | undefined): string | null {
  const applied = (provisions ?? []).filter((p) => p.migrationsApplied.length > 0);
  if (applied.length === 0) return null;
  const lines = applied.map(
    (p) =>
      `- ${escapeInline(p.worker)} (${escapeInline(p.environment)}): ${p.migrationsApplied.map((m) => `\`${escapeInline(m)}\``).join(', ')}`,
  );
  return [
    '### D1 migrations',
    'Applied before the new version took traffic (each once, recorded in `d1_migrations`):',
    lines.join('\n'),
    '> [!IMPORTANT]\n> These cannot be rolled back: a Worker rollback leaves the database as migrated. To undo one, write a new migration, or restore the database to a point before it with D1 Time Travel (`wrangler d1 time-travel restore`, https://developers.cloudflare.com/d1/reference/time-travel/).',
  ].join('\n\n');
}

function timingsSection(timings: Record<string, number> | undefined): string | null {
  const entries = Object.entries(timings ?? {});
  if (entries.length === 0) return null;
  const rows = entries.map(([stage, ms]) => [escapeInline(stage), `${(ms / 1000).toFixed(1)} s`]);
  return `### Timings\n\n${table(['Stage', 'Time'], rows)}`;
}

/** Pure: the job summary Markdown (the host writes it to `GITHUB_STEP_SUMMARY`). */
export function renderJobSummary(input: SummaryInput): string {
  const where = input.pullRequest === null ? '' : ` for pull request #${input.pullRequest}`;
  const deployFindings = input.results.flatMap((r) => r.diagnostics);
  const health = healthTable(
    input.results.map((r) => ({
      worker: r.worker,
      health: r.mode === 'skipped' ? null : r.migration,
    })),
  );
  const sections = [
    `## docker-to-workers: ${escapeInline(input.verdict)}`,
    `Environment: ${escapeInline(input.environment)}${where}`,
    deploymentsSection(input.results),
    health ? `### Migration health\n\n${health}` : null,
    rolloutSection(input.results),
    kvWarnings(input.results.map((r) => ({ worker: r.worker, health: r.migration }))),
    deployFindings.length
      ? `### Deploy findings\n\n${renderDiagnosticsMarkdown(deployFindings)}`
      : null,
    input.checks?.length
      ? `### Check\n\n${input.tier ? `${renderTier(input.tier)}\n\n` : ''}${renderCheckMarkdown(input.checks)}`
      : null,
    resourcesSection(input.provisions),
    migrationsSection(input.provisions),
    timingsSection(input.timings),
  ];
  return `${sections.filter((s): s is string => s !== null).join('\n\n')}\n`;
}
