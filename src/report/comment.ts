import type { Diagnostic, MigrationHealth, RowStatus } from '../model/index.js';
import { percent } from '../util/format.js';
import {
  details,
  escapeInline,
  formatBytes,
  formatChange,
  formatMs,
  link,
  table,
} from './markdown.js';
import { redactAccountIds } from '../util/redact.js';
import { validEntry } from './comment-entry.js';

/** The hidden marker that identifies our sticky comment (changesets/action's approach). */
export const COMMENT_MARKER = '<!-- docker-to-workers:pr-comment -->';
const DATA_PREFIX = '<!-- docker-to-workers:data ';
const DATA_SUFFIX = ' -->';
/** Only plain links to Cloudflare's deploy page are rendered as a button (stored data is not trusted). */
const DEPLOY_BUTTON_PREFIX = 'https://deploy.workers.cloudflare.com/';
const DEPLOY_BUTTON_LINK =
  /^https:\/\/deploy\.workers\.cloudflare\.com\/\?url=https:\/\/[^\s()<>[\]"']+$/;

export interface MigrationSummary {
  verdict: string;
  converted: number;
  approximated: number;
  dropped: number;
  manual: number;
  /** Things the user must do, one line each. */
  manualItems: string[];
  /** The Deploy to Cloudflare button's link (absent in comments written by older releases). */
  deployButton?: string | null;
}

/** One Worker's state in the comment. Entries are merged by `worker` across jobs. */
export interface CommentEntry {
  worker: string;
  status: RowStatus;
  commit: string;
  previewUrl: string | null;
  aliasUrl: string | null;
  /** ISO timestamp (UTC). */
  updatedAt: string;
  /** A short explanation (e.g. why the Worker was skipped, wrangler's error). */
  note: string | null;
  findings: Pick<Diagnostic, 'ruleId' | 'severity' | 'message' | 'file' | 'line'>[];
  migration: MigrationSummary | null;
  health: MigrationHealth | null;
}

export interface CommentDocument {
  pullRequest: number;
  title: string;
  branch: string;
  entries: CommentEntry[];
}

export const STATUS_ICON: Record<RowStatus, string> = {
  building: '⏳',
  ready: '✅',
  failed: '❌',
  skipped: '⏭️',
  'skipped (fork)': '⏭️',
  'cleaned up': '🧹',
};

function updatedCell(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? '—'
    : `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

function row(entry: CommentEntry): string[] {
  const status = `${STATUS_ICON[entry.status]} ${entry.status}`;
  return [
    entry.note ? `${status}<br>${escapeInline(entry.note)}` : status,
    escapeInline(entry.worker),
    escapeInline(entry.commit.slice(0, 7)) || '—',
    link(entry.previewUrl),
    link(entry.aliasUrl),
    updatedCell(entry.updatedAt),
  ];
}

function findingLine(finding: CommentEntry['findings'][number]): string {
  const where = finding.file
    ? ` (${escapeInline(finding.line ? `${finding.file}:${finding.line}` : finding.file)})`
    : '';
  return `- **${finding.severity}** ${escapeInline(finding.ruleId)}: ${escapeInline(finding.message)}${where}`;
}

function findingsSection(entries: CommentEntry[]): string | null {
  const withFindings = entries.filter((e) => e.findings.length > 0);
  if (withFindings.length === 0) return null;
  const count = withFindings.reduce((n, e) => n + e.findings.length, 0);
  const body = withFindings
    .map((e) => `**${escapeInline(e.worker)}**\n\n${e.findings.map(findingLine).join('\n')}`)
    .join('\n\n');
  return details(`Check findings (${count})`, body);
}

function migrationSection(entries: CommentEntry[]): string | null {
  const withSummary = entries.filter((e) => e.migration !== null);
  if (withSummary.length === 0) return null;
  const rows = withSummary.map((e) => {
    const m = e.migration as MigrationSummary;
    return [
      escapeInline(e.worker),
      escapeInline(m.verdict),
      String(m.converted),
      String(m.approximated),
      String(m.dropped),
      String(m.manual),
    ];
  });
  const todo = withSummary.flatMap((e) =>
    (e.migration as MigrationSummary).manualItems.map(
      (item) => `- ${escapeInline(e.worker)}: ${escapeInline(item)}`,
    ),
  );
  const buttons = withSummary.flatMap((e) => {
    const url = (e.migration as MigrationSummary).deployButton;
    return url && DEPLOY_BUTTON_LINK.test(url)
      ? [
          `- ${escapeInline(e.worker)}: [![Deploy to Cloudflare](${DEPLOY_BUTTON_PREFIX}button)](${url})`,
        ]
      : [];
  });
  const body = [
    table(['Worker', 'Verdict', 'Converted', 'Approximated', 'Dropped', 'Manual'], rows),
    ...(todo.length ? [`**To do**\n\n${todo.join('\n')}`] : []),
    ...(buttons.length
      ? [
          `**Deploy to Cloudflare** (once \`docker-to-workers plan --write\` is committed)\n\n${buttons.join('\n')}`,
        ]
      : []),
  ].join('\n\n');
  return details('Migration summary', body);
}

/** Start-up time and gzip size against production, so a PR that doubles them shows before merge. */
export function healthTable(
  entries: { worker: string; health: MigrationHealth | null }[],
): string | null {
  const withHealth = entries.filter((e) => e.health !== null);
  if (withHealth.length === 0) return null;
  const rows = withHealth.map((e) => {
    const h = e.health as MigrationHealth;
    return [
      escapeInline(e.worker),
      formatMs(h.startupMs),
      formatChange(h.startupMs, h.production?.startupMs ?? null),
      formatBytes(h.gzipBytes),
      formatChange(h.gzipBytes, h.production?.gzipBytes ?? null),
    ];
  });
  return table(['Worker', 'Start-up', 'vs production', 'gzip size', 'vs production'], rows);
}

/** CPU and wall times keep their decimals (a 1.2 ms p50 is not 1 ms). */
const msCell = (ms: number | null) => (ms === null ? '—' : `${ms} ms`);

/** Production's last hour (Cloudflare analytics) beside the preview's own start-up time. */
export function productionLiveTable(
  entries: { worker: string; health: MigrationHealth | null }[],
): string | null {
  const withLive = entries.filter((e) => e.health?.productionLive);
  if (withLive.length === 0) return null;
  const rows = withLive.map((e) => {
    const live = e.health!.productionLive!;
    return [
      escapeInline(e.worker),
      formatMs(e.health!.startupMs),
      String(live.requests),
      live.errorRate === null ? '—' : percent(live.errorRate),
      `${msCell(live.cpuP50Ms)} / ${msCell(live.cpuP99Ms)}`,
      `${msCell(live.wallP50Ms)} / ${msCell(live.wallP99Ms)}`,
    ];
  });
  return `**Production, last hour** (Cloudflare analytics, busiest version)\n\n${table(
    ['Worker', 'Preview start-up', 'Requests', 'Error rate', 'CPU p50 / p99', 'Wall p50 / p99'],
    rows,
  )}`;
}

/** Eventual consistency warnings: code that reads a KV-backed key right after writing it (W706). */
export function kvWarnings(
  entries: { worker: string; health: MigrationHealth | null }[],
): string | null {
  const lines = entries.flatMap((e) =>
    (e.health?.kvReadYourWrites ?? []).map(
      (where) =>
        `> ${escapeInline(e.worker)}: ${escapeInline(where)} reads a key right after writing it (W706). KV is eventually consistent: the read may return the old value for up to 60 seconds. Use the value just written, or keep the key in a Durable Object or D1 (the Cache API for same-location reads).`,
    ),
  );
  return lines.length ? ['> [!WARNING]', ...lines].join('\n>\n') : null;
}

function encodeEntries(entries: CommentEntry[]): string {
  // Base64 cannot contain `-->`, so user text in the data can never end the hidden comment.
  return `${DATA_PREFIX}${Buffer.from(JSON.stringify(entries), 'utf8').toString('base64')}${DATA_SUFFIX}`;
}

/** Wrangler's messages quote `/accounts/<id>/…`; a PR comment never shows the account id. */
function withoutAccountIds(entry: CommentEntry): CommentEntry {
  return {
    ...entry,
    note: entry.note === null ? null : redactAccountIds(entry.note),
    findings: entry.findings.map((f) => ({ ...f, message: redactAccountIds(f.message) })),
  };
}

/** Pure: the whole comment body for a pull request. */
export function renderComment(doc: CommentDocument): string {
  const entries = doc.entries
    .map(withoutAccountIds)
    .sort((a, b) => a.worker.localeCompare(b.worker));
  const sections = [
    COMMENT_MARKER,
    `### Cloudflare Workers preview for #${doc.pullRequest}`,
    `${escapeInline(doc.title)}${doc.branch ? ` (branch ${escapeInline(doc.branch)})` : ''}`,
    table(['Status', 'Worker', 'Commit', 'Preview URL', 'Alias URL', 'Updated'], entries.map(row)),
    healthTable(entries),
    productionLiveTable(entries),
    kvWarnings(entries),
    findingsSection(entries),
    migrationSection(entries),
    encodeEntries(entries),
  ];
  return sections.filter((s): s is string => s !== null && s !== '').join('\n\n');
}

/**
 * The entries stored in a comment body we rendered; [] for anything else. Rows are validated field by
 * field and timestamps from the future are clamped to `now`.
 */
export function parseCommentEntries(body: string, now: Date = new Date()): CommentEntry[] {
  const start = body.indexOf(DATA_PREFIX);
  if (start < 0) return [];
  const end = body.indexOf(DATA_SUFFIX, start + DATA_PREFIX.length);
  if (end < 0) return [];
  try {
    const decoded: unknown = JSON.parse(
      Buffer.from(body.slice(start + DATA_PREFIX.length, end), 'base64').toString('utf8'),
    );
    if (!Array.isArray(decoded)) return [];
    return decoded
      .map((value) => validEntry(value, now))
      .filter((e): e is CommentEntry => e !== null);
  } catch {
    return [];
  }
}

/**
 * Our entries replace the stored ones for the same Worker unless the stored one is newer (a later job
 * already wrote it); everyone else's rows are kept.
 */
export function mergeEntries(stored: CommentEntry[], ours: CommentEntry[]): CommentEntry[] {
  const byWorker = new Map(stored.map((e) => [e.worker, e]));
  for (const entry of ours) {
    const existing = byWorker.get(entry.worker);
    if (!existing || Date.parse(existing.updatedAt) <= Date.parse(entry.updatedAt)) {
      byWorker.set(entry.worker, entry);
    }
  }
  return [...byWorker.values()];
}
