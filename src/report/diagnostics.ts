import { posix } from 'node:path';
import type { CheckResult, Diagnostic, Severity } from '../model/index.js';

/**
 * Renderers for a diagnostic list (any stage): CLI text, a Markdown table for job summaries, and
 * GitHub annotation data. Pure functions: hosts decide where the text goes.
 */

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, note: 2 };

export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      (a.file ? 0 : 1) - (b.file ? 0 : 1) ||
      (a.file ?? '').localeCompare(b.file ?? '') ||
      (a.line ?? 0) - (b.line ?? 0),
  );
}

/** `file:line:column`, the package, or '' — where a finding is. */
export function location(d: Diagnostic): string {
  if (d.file) return `${d.file}${d.line ? `:${d.line}${d.column ? `:${d.column}` : ''}` : ''}`;
  return d.package ? `(${d.package})` : '';
}

export function countBySeverity(diagnostics: Diagnostic[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, note: 0 };
  for (const d of diagnostics) counts[d.severity]++;
  return counts;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

export function summaryLine(diagnostics: Diagnostic[]): string {
  const c = countBySeverity(diagnostics);
  return `${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}, ${plural(c.note, 'note')}`;
}

/** One block per finding: `error W101 src/a.js:3  message`, then the fix and docs indented. */
export function renderDiagnosticsText(diagnostics: Diagnostic[]): string {
  return sortDiagnostics(diagnostics)
    .map((d) => {
      const where = location(d);
      const lines = [
        `${d.severity.padEnd(7)} ${d.ruleId} ${where ? `${where}  ` : ''}${d.message}`,
      ];
      if (d.fix) lines.push(`        fix: ${d.fix}`);
      if (d.docs) lines.push(`        see: ${d.docs}`);
      return lines.join('\n');
    })
    .join('\n');
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

/** A Markdown table of findings (for job summaries and PR comments). */
export function renderDiagnosticsMarkdown(diagnostics: Diagnostic[]): string {
  if (diagnostics.length === 0) return '_No findings._';
  const icon: Record<Severity, string> = {
    error: '❌ error',
    warning: '⚠️ warning',
    note: 'ℹ️ note',
  };
  const rows = sortDiagnostics(diagnostics).map((d) => {
    const rule = d.docs ? `[${d.ruleId}](${d.docs})` : d.ruleId;
    const where = location(d);
    return `| ${icon[d.severity]} | ${rule} | ${where ? `\`${cell(where)}\`` : ''} | ${cell(d.message)} | ${cell(d.fix ?? '')} |`;
  });
  return ['| severity | rule | where | finding | fix |', '|---|---|---|---|---|', ...rows].join(
    '\n',
  );
}

export interface Annotation {
  level: 'failure' | 'warning' | 'notice';
  title: string;
  message: string;
  file?: string;
  startLine?: number;
  startColumn?: number;
}

/** GitHub's limit per step is 10 of each level; a run shows at most 50. */
export const DEFAULT_ANNOTATION_CAP = 50;

/** Annotation data, errors first, capped; `omitted` counts the rest (say so in the summary). */
export function toAnnotations(
  diagnostics: Diagnostic[],
  cap = DEFAULT_ANNOTATION_CAP,
): { annotations: Annotation[]; omitted: number } {
  const level: Record<Severity, Annotation['level']> = {
    error: 'failure',
    warning: 'warning',
    note: 'notice',
  };
  const sorted = sortDiagnostics(diagnostics);
  const annotations = sorted.slice(0, cap).map((d) => ({
    level: level[d.severity],
    title: `${d.ruleId}${d.package ? ` (${d.package})` : ''}`,
    message: d.fix ? `${d.message}\nFix: ${d.fix}` : d.message,
    ...(d.file ? { file: d.file } : {}),
    ...(d.line ? { startLine: d.line } : {}),
    ...(d.column ? { startColumn: d.column } : {}),
  }));
  return { annotations, omitted: Math.max(0, sorted.length - cap) };
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

function bar(share: number, width = 20): string {
  const filled = Math.max(share > 0 ? 1 : 0, Math.round(share * width));
  return `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
}

function smokeText(result: CheckResult): string {
  const s = result.smoke;
  if (!s) return 'skipped';
  const status = s.status === null ? 'no response' : `GET ${s.path} → ${s.status}`;
  const timing = [
    s.startupMs !== null ? `boot ${s.startupMs} ms` : null,
    s.responseMs ? `response ${s.responseMs} ms` : null,
  ].filter(Boolean);
  return `${status}${timing.length ? ` (${timing.join(', ')})` : ''}${s.error ? `: ${s.error.split('\n')[0]}` : ''}`;
}

/** `212 ms of 1000 ms (wrangler check startup)`: start-up against the limit, and how it was measured. */
function startupText(result: CheckResult): string {
  const s = result.startup;
  if (!s) return 'not measured';
  const over = s.cpuMs > s.limitMs ? ' — over the limit' : '';
  const how =
    s.method === 'wrangler check startup' ? 'CPU, wrangler check startup' : 'workerd boot';
  return `${s.cpuMs} ms of ${s.limitMs} ms (${how})${over}`;
}

/** The check report for the terminal: per Worker the verdict, bundle, smoke result and findings. */
export function renderCheckText(results: CheckResult[]): string {
  return results
    .map((r) => {
      const lines = [`Worker ${r.worker}: ${r.verdict} (${summaryLine(r.diagnostics)})`];
      if (r.bundle) {
        const b = r.bundle;
        const pct = ((b.rawBytes / b.limitBytes) * 100).toFixed(0);
        lines.push(
          `  bundle: ${kib(b.rawBytes)} = ${pct} % of ${kib(b.limitBytes)}, gzip ${kib(b.gzipBytes)}`,
        );
        for (const p of b.topPackages) {
          lines.push(
            `    ${bar(p.share)} ${(p.share * 100).toFixed(1).padStart(5)} %  ${p.package} (${kib(p.bytes)})`,
          );
        }
      }
      lines.push(`  start-up: ${startupText(r)}`, `  smoke: ${smokeText(r)}`);
      if (r.diagnostics.length > 0) lines.push('', renderDiagnosticsText(r.diagnostics));
      return lines.join('\n');
    })
    .join('\n\n');
}

/** The check section of a job summary: verdict, findings table, bundle chart, smoke result. */
export function renderCheckMarkdown(results: CheckResult[], omittedAnnotations = 0): string {
  return results
    .map((r) => {
      const parts = [`### ${r.worker}: \`${r.verdict}\``, '', summaryLine(r.diagnostics), ''];
      parts.push(renderDiagnosticsMarkdown(r.diagnostics), '');
      if (r.bundle) {
        const b = r.bundle;
        parts.push(
          `**Bundle** ${kib(b.rawBytes)} of ${kib(b.limitBytes)}, gzip ${kib(b.gzipBytes)}`,
          '',
        );
        parts.push('| package | share | size |', '|---|---|---|');
        for (const p of b.topPackages) {
          parts.push(
            `| ${cell(p.package)} | \`${bar(p.share, 10)}\` ${(p.share * 100).toFixed(1)} % | ${kib(p.bytes)} |`,
          );
        }
        parts.push('');
      }
      parts.push(
        `**Start-up** ${cell(startupText(r))}`,
        '',
        `**Smoke boot** ${cell(smokeText(r))}`,
      );
      if (omittedAnnotations > 0)
        parts.push(
          '',
          `_${omittedAnnotations} more findings are not annotated; they are all in the table above._`,
        );
      return parts.join('\n');
    })
    .join('\n\n');
}

/** The same findings with `prefix` put before each file path (app-relative → repository-relative). */
export function prefixPaths(diagnostics: Diagnostic[], prefix: string): Diagnostic[] {
  if (prefix === '') return diagnostics;
  return diagnostics.map((d) =>
    d.file ? { ...d, file: posix.join(prefix.split('\\').join('/'), d.file) } : d,
  );
}
