import { relative } from 'node:path';
import type { Plan, WorkerPlan } from '../model/index.js';
import { renderDiagnosticsText } from './diagnostics.js';

const where = (path: string) => relative(process.cwd(), path) || '.';

function describeWorker(plan: Plan, worker: WorkerPlan): string[] {
  const app = plan.app;
  const lines = [
    `${worker.name}: ${worker.target} — ${worker.targetReason}${worker.targetSource ? ` (${worker.targetSource})` : ''}`,
    `  app: ${app.framework} on ${app.runtime}, entry ${app.entry ?? app.runFile ?? '?'}, port ${worker.port ?? '-'}, health ${worker.healthcheckPath}`,
    `  config: ${where(plan.outDir)}/${worker.files.wranglerConfig} (${worker.compatibilityDate}${worker.compatibilityFlags.length ? `, ${worker.compatibilityFlags.join(', ')}` : ''})`,
  ];
  for (const b of worker.bindings) lines.push(`  binding ${b.type} ${b.binding}: ${b.reason}`);
  for (const r of worker.remedies) lines.push(`  remedy applied: ${r.description}`);
  for (const c of worker.codeChanges) {
    lines.push(`  change ${c.file}${c.line ? `:${c.line}` : ''}: ${c.change}`);
  }
  if (worker.secrets.length > 0) lines.push(`  secrets to set: ${worker.secrets.join(', ')}`);
  if (worker.deployButton) lines.push(`  Deploy to Cloudflare: ${worker.deployButton}`);
  lines.push(
    `  plan verdict: ${worker.verdict}${worker.verdict === 'ready' ? '' : ` (${worker.verdictReason})`}`,
  );
  return lines;
}

/** The plan as a person reads it: one block per Worker, the plan's findings, where the report is. */
export function renderPlanText(plan: Plan): string {
  const findings = plan.diagnostics.filter((d) => d.severity !== 'note');
  const written = plan.written
    ? [
        `written into the repository: ${plan.written.created.join(', ') || 'nothing'}`,
        ...(plan.written.edited.length ? [`edited: ${plan.written.edited.join(', ')}`] : []),
      ]
    : [];
  // Detect's errors stop the plan too (its verdict says so); they are printed with file:line and fix.
  const detectErrors = plan.app.diagnostics.filter((d) => d.severity === 'error');
  return [
    ...plan.workers.flatMap((w) => describeWorker(plan, w)),
    ...(detectErrors.length > 0
      ? [`Detect findings:\n${renderDiagnosticsText(detectErrors)}`]
      : []),
    ...(findings.length > 0 ? [`Plan findings:\n${renderDiagnosticsText(findings)}`] : []),
    ...written,
    `migration report: ${where(plan.outDir)}/MIGRATION.md`,
  ].join('\n');
}
