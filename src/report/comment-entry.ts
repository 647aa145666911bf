import type { ProductionLive } from '../model/index.js';
import { STATUS_ICON, type CommentEntry, type MigrationSummary } from './comment.js';

/**
 * Validation of the rows stored in the comment's hidden data. Even our own comment can be edited by
 * anyone with write access, so every field is checked and rebuilt; a row that fails is dropped.
 */

const SEVERITIES = new Set(['error', 'warning', 'note']);
const MAX_TEXT = 2000;
/** Runners' clocks differ a little; a row further ahead than this is from the future. */
const CLOCK_SKEW_MS = 10 * 60 * 1000;

type Fields = Record<string, unknown>;

const isObject = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown, max = MAX_TEXT): value is string =>
  typeof value === 'string' && value.length <= max;
const count = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0;
const countOrNull = (value: unknown): value is number | null => value === null || count(value);

/** A web URL (the only kind the renderer links), null, or undefined when it is anything else. */
function webUrl(value: unknown): string | null | undefined {
  if (value === null) return null;
  if (!text(value)) return undefined;
  try {
    return ['https:', 'http:'].includes(new URL(value).protocol) ? value : undefined;
  } catch {
    return undefined;
  }
}

function finding(value: unknown): CommentEntry['findings'][number] | null {
  if (!isObject(value)) return null;
  const { ruleId, severity, message, file, line } = value;
  if (!text(ruleId, 20) || !text(message) || typeof severity !== 'string') return null;
  if (!SEVERITIES.has(severity)) return null;
  if (file !== undefined && !text(file, 500)) return null;
  if (line !== undefined && !count(line)) return null;
  return {
    ruleId,
    severity: severity as 'error' | 'warning' | 'note',
    message,
    ...(file === undefined ? {} : { file }),
    ...(line === undefined ? {} : { line }),
  };
}

function migration(value: unknown): MigrationSummary | null | undefined {
  if (value === null) return null;
  if (!isObject(value)) return undefined;
  const { verdict, converted, approximated, dropped, manual, manualItems } = value;
  if (!text(verdict, 50) || !count(converted) || !count(approximated)) return undefined;
  if (!count(dropped) || !count(manual) || !Array.isArray(manualItems)) return undefined;
  if (!manualItems.every((item) => text(item))) return undefined;
  return { verdict, converted, approximated, dropped, manual, manualItems };
}

/** Production's last hour (absent in rows written before it existed), or undefined when malformed. */
function productionLive(value: unknown): ProductionLive | null | undefined {
  if (value === null || value === undefined) return null;
  if (!isObject(value)) return undefined;
  const { version, since, requests, errors, subrequests } = value;
  if (!text(version, 100) || !text(since, 40) || Number.isNaN(Date.parse(since))) return undefined;
  if (!count(requests) || !count(errors) || !count(subrequests)) return undefined;
  const { errorRate, cpuP50Ms, cpuP99Ms, wallP50Ms, wallP99Ms } = value;
  const rates = { errorRate, cpuP50Ms, cpuP99Ms, wallP50Ms, wallP99Ms };
  if (!Object.values(rates).every(countOrNull)) return undefined;
  type Rates = Pick<ProductionLive, keyof typeof rates>;
  return { version, since, requests, errors, subrequests, ...(rates as Rates) };
}

function health(value: unknown): CommentEntry['health'] | undefined {
  if (value === null) return null;
  if (!isObject(value)) return undefined;
  const { startupMs, gzipBytes, production, kvReadYourWrites } = value;
  if (!countOrNull(startupMs) || !countOrNull(gzipBytes)) return undefined;
  const live = productionLive(value.productionLive);
  if (live === undefined) return undefined;
  if (!Array.isArray(kvReadYourWrites) || !kvReadYourWrites.every((b) => text(b, 100))) {
    return undefined;
  }
  if (production !== null) {
    if (!isObject(production)) return undefined;
    if (!countOrNull(production.startupMs) || !countOrNull(production.gzipBytes)) return undefined;
  }
  return {
    startupMs,
    gzipBytes,
    production:
      production === null
        ? null
        : {
            startupMs: production.startupMs as number | null,
            gzipBytes: production.gzipBytes as number | null,
          },
    kvReadYourWrites: kvReadYourWrites as string[],
    productionLive: live,
  };
}

/** A timestamp no later than `now` plus the clock skew: a row from the future would win every merge. */
function clampedTimestamp(value: unknown, now: Date): string | null {
  if (!text(value, 40)) return null;
  const time = Date.parse(value);
  if (Number.isNaN(time)) return null;
  return time > now.getTime() + CLOCK_SKEW_MS ? now.toISOString() : new Date(time).toISOString();
}

/** The row rebuilt from checked fields, or null when any field is missing or malformed. */
export function validEntry(value: unknown, now: Date): CommentEntry | null {
  if (!isObject(value)) return null;
  const { worker, status, commit, note, findings } = value;
  if (!text(worker, 100) || !/^[\w.-]+$/.test(worker)) return null;
  if (typeof status !== 'string' || !Object.hasOwn(STATUS_ICON, status)) return null;
  if (!text(commit, 64) || !/^[0-9a-f]*$/i.test(commit)) return null;
  if (note !== null && !text(note)) return null;
  if (!Array.isArray(findings) || findings.length > 500) return null;
  const updatedAt = clampedTimestamp(value.updatedAt, now);
  const previewUrl = webUrl(value.previewUrl);
  const aliasUrl = webUrl(value.aliasUrl);
  const checkedFindings = findings.map(finding);
  const checkedMigration = migration(value.migration);
  const checkedHealth = health(value.health);
  if (updatedAt === null || previewUrl === undefined || aliasUrl === undefined) return null;
  if (checkedMigration === undefined || checkedHealth === undefined) return null;
  if (checkedFindings.some((f) => f === null)) return null;
  return {
    worker,
    status: status as CommentEntry['status'],
    commit,
    previewUrl,
    aliasUrl,
    updatedAt,
    note,
    findings: checkedFindings as CommentEntry['findings'],
    migration: checkedMigration,
    health: checkedHealth,
  };
}
