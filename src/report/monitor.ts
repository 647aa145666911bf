import type {
  DeployedLookup,
  MonitorReport,
  SeriesPoint,
  VersionStats,
  WorkerMonitor,
} from '../model/index.js';
import { percent } from '../util/format.js';
import type { GitHubReporter } from './github-reporter.js';

/** The monitor's source of each Worker's last production deploy: its GitHub Deployment's record. */
export const productionRecords =
  (reporter: GitHubReporter, workers: number): DeployedLookup =>
  (worker) =>
    reporter.productionMetrics(worker, workers);

const VERDICT_LABEL: Record<WorkerMonitor['verdict'], string> = {
  healthy: 'healthy',
  breached: 'THRESHOLD BREACHED',
  'too-little-traffic': 'too little traffic to judge',
};

const msText = (value: number | null) => (value === null ? '–' : `${value} ms`);
const rateText = (value: number | null) => (value === null ? '–' : percent(value));
const shortVersion = (id: string) => (id ? id.slice(0, 8) : '(unknown)');

/** `[████░░░░░░] 40 % of 10 ms`: the CPU p99 against the limit. */
export function cpuBar(p99: number | null, limit: number, width = 10): string {
  if (p99 === null) return '–';
  const share = p99 / limit;
  const filled = Math.min(width, Math.round(share * width));
  return `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${Math.round(share * 100)} % of ${limit} ms`;
}

interface Column {
  head: string;
  cell: (v: VersionStats, w: WorkerMonitor) => string;
}

const COLUMNS: Column[] = [
  {
    head: 'version',
    cell: (v, w) =>
      `${shortVersion(v.version)}${v.version === w.currentVersion ? ' (current)' : ''}`,
  },
  { head: 'requests', cell: (v) => String(v.requests) },
  { head: 'errors', cell: (v) => String(v.errors) },
  { head: 'error rate', cell: (v) => rateText(v.errorRate) },
  { head: 'CPU p50', cell: (v) => msText(v.cpuP50Ms) },
  { head: 'CPU p99 vs limit', cell: (v, w) => cpuBar(v.cpuP99Ms, w.cpuLimitMs) },
  { head: 'wall p50', cell: (v) => msText(v.wallP50Ms) },
  { head: 'wall p99', cell: (v) => msText(v.wallP99Ms) },
  { head: 'subrequests', cell: (v) => String(v.subrequests) },
];

function startup(worker: WorkerMonitor): string {
  return worker.startupMs === null
    ? 'start-up time: not recorded (no GitHub deployment of the last upload)'
    : `start-up time: ${worker.startupMs} ms (last upload)`;
}

function textTable(worker: WorkerMonitor): string[] {
  const rows = worker.versions.map((v) => COLUMNS.map((c) => c.cell(v, worker)));
  const widths = COLUMNS.map((c, i) => Math.max(c.head.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    `  ${cells.map((c, i) => c.padEnd(widths[i]!)).join('  ')}`.trimEnd();
  return rows.length
    ? [line(COLUMNS.map((c) => c.head)), ...rows.map(line)]
    : ['  no invocations in the window'];
}

/** The CLI's text: per Worker a verdict line, a table of versions and the start-up time. */
export function renderMonitorText(report: MonitorReport): string {
  const blocks = report.workers.map((w) =>
    [
      `${w.worker} (${w.scriptName}): ${VERDICT_LABEL[w.verdict]}`,
      `  ${w.summary}`,
      ...textTable(w),
      `  ${startup(w)}`,
    ].join('\n'),
  );
  return [
    `${report.environment} from ${report.since} to ${report.until}`,
    '',
    blocks.join('\n\n'),
  ].join('\n');
}

/** At most `max` points: neighbouring buckets merged (requests summed, the p99 the highest). */
export function downsample(series: SeriesPoint[], max = 48): SeriesPoint[] {
  if (series.length <= max) return series;
  const size = Math.ceil(series.length / max);
  const merged: SeriesPoint[] = [];
  for (let i = 0; i < series.length; i += size) {
    const group = series.slice(i, i + size);
    const requests = group.reduce((n, p) => n + p.requests, 0);
    const errors = group.reduce((n, p) => n + p.errors, 0);
    const p99s = group.map((p) => p.cpuP99Ms).filter((v): v is number => v !== null);
    merged.push({
      at: group[0]!.at,
      requests,
      errors,
      errorRate: requests ? errors / requests : null,
      cpuP99Ms: p99s.length ? Math.max(...p99s) : null,
    });
  }
  return merged;
}

const label = (iso: string, daily: boolean) => (daily ? iso.slice(5, 10) : iso.slice(11, 16));

/** A Mermaid `xychart-beta` line chart (GitHub renders it in markdown). */
function chart(title: string, axis: string, labels: string[], values: number[]): string {
  const top = Math.max(1, ...values) * 1.1;
  return [
    '```mermaid',
    'xychart-beta',
    `  title "${title}"`,
    `  x-axis [${labels.map((l) => `"${l}"`).join(', ')}]`,
    `  y-axis "${axis}" 0 --> ${Number(top.toFixed(2))}`,
    `  line [${values.map((v) => Number(v.toFixed(3))).join(', ')}]`,
    '```',
  ].join('\n');
}

function markdownTable(worker: WorkerMonitor): string {
  const rows = worker.versions.map(
    (v) => `| ${COLUMNS.map((c) => c.cell(v, worker).replace(/\|/g, '\\|')).join(' | ')} |`,
  );
  if (!rows.length) return '_No invocations in the window._';
  return [
    `| ${COLUMNS.map((c) => c.head).join(' | ')} |`,
    `|${COLUMNS.map(() => '---').join('|')}|`,
    ...rows,
  ].join('\n');
}

/** The job summary's section: the same tables, plus charts of the CPU p99 and error rate. */
export function renderMonitorMarkdown(report: MonitorReport): string {
  const sections = report.workers.map((w) => {
    const points = downsample(w.series);
    const daily =
      points.length > 1 && Date.parse(points[1]!.at) - Date.parse(points[0]!.at) >= 86_400_000;
    const labels = points.map((p) => label(p.at, daily));
    const charts = points.length
      ? [
          chart(
            `${w.worker}: CPU p99 (ms), limit ${w.cpuLimitMs} ms`,
            'ms',
            labels,
            points.map((p) => p.cpuP99Ms ?? 0),
          ),
          chart(
            `${w.worker}: error rate (%)`,
            '%',
            labels,
            points.map((p) => (p.errorRate ?? 0) * 100),
          ),
        ]
      : [];
    return [
      `### ${w.worker}: ${VERDICT_LABEL[w.verdict]}`,
      w.summary,
      markdownTable(w),
      startup(w),
      ...charts,
    ].join('\n\n');
  });
  return [`## Production health (${report.since} → ${report.until})`, ...sections].join('\n\n');
}
