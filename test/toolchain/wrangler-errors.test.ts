import { describe, expect, it } from 'vitest';
import {
  errorExcerpt,
  explainFailure,
  failedWith,
  hasFailed,
  isNewWorker,
  isTransientFailure,
  PREVIEW_NOT_FOUND,
  type FailedRun,
} from '../../src/toolchain/wrangler-errors.js';
import type { WranglerOutputRecord } from '../../src/toolchain/wrangler.js';

const ACCOUNT = '0123456789abcdef0123456789abcdef';

/** A failed run as wrangler leaves it: exit 1, its output file's `command-failed` record, its stderr. */
function failed(
  record: { code?: number | string; message: string } | null,
  stderr = '',
  extra: Partial<FailedRun> = {},
): FailedRun {
  const records: WranglerOutputRecord[] = record
    ? [{ type: 'command-failed', version: 1, ...record }]
    : [];
  return { exitCode: 1, stderr, records, ...extra };
}

const TOKEN = /API token was refused or lacks a permission/;

describe('one wrangler error parser', () => {
  it.each<[string, FailedRun, RegExp]>([
    ['code 10000', failed({ code: 10000, message: 'Authentication error' }), TOKEN],
    ['an auth text without a record', failed(null, '✘ [ERROR] Unauthorized [code: 10000]'), TOKEN],
    ['a missing permission', failed({ message: 'The token lacks the permission' }), TOKEN],
    ['code 10027', failed({ code: 10027, message: 'Script too big' }), /over the size limit/],
    ['code 10021', failed({ code: 10021, message: 'Uncaught Error' }), /start-up error/],
    ['a taken name', failed({ message: 'Name already in use' }), /already exists/],
    [
      'code 10007',
      failed({ code: 10007, message: 'This Worker' }),
      /does not exist on this account/,
    ],
    ['anything else', failed({ message: 'Something odd' }), /--verbose/],
  ])('explains %s', (_, run, fix) => {
    expect(explainFailure(run).fix).toMatch(fix);
  });

  it.each<[string, FailedRun]>([
    ['code 10013', failed({ code: 10013, message: 'An unknown error has occurred' })],
    ['code 10013 as a string', failed({ code: '10013', message: 'An unknown error has occurred' })],
    [
      'a 502 in the text',
      failed(null, '✘ [ERROR] A request to the Cloudflare API failed: 502 Bad Gateway'),
    ],
    ['a reset connection', failed(null, 'Error: read ECONNRESET')],
    ['fetch failed', failed({ message: 'fetch failed' }, 'TypeError: fetch failed')],
  ])('classifies %s as Cloudflare’s side, never blaming the token', (_, run) => {
    expect(isTransientFailure(run)).toBe(true);
    const { fix } = explainFailure(run);
    expect(fix).toMatch(/Cloudflare failed on its side on every attempt \(a 5xx\)/);
    expect(fix).not.toMatch(TOKEN);
  });

  it('a 5xx that also says "Unauthorized" is still Cloudflare’s side', () => {
    const run = failed({ code: 10013, message: 'Unauthorized' }, '500 Internal Server Error');
    expect(explainFailure(run).fix).not.toMatch(TOKEN);
  });

  it('says how many attempts a retried call made', () => {
    const run = failed({ code: 10013, message: 'An unknown error has occurred' }, '', {
      attempts: 3,
    });
    expect(explainFailure(run).fix).toMatch(/failed on its side 3 times in a row/);
  });

  it('a success is not transient, whatever its console says', () => {
    const run: FailedRun = { exitCode: 0, stderr: 'retrying after 503', records: [] };
    expect(isTransientFailure(run)).toBe(false);
    expect(hasFailed(run)).toBe(false);
  });

  it('a command-failed record is a failure even with exit code 0', () => {
    expect(hasFailed(failed({ message: 'x' }, '', { exitCode: 0 }))).toBe(true);
  });

  it('gives wrangler’s message with its code, and only the stderr lines it does not repeat', () => {
    const stderr = [
      '\u001b[31m✘ [ERROR] A request to the Cloudflare API failed.\u001b[39m',
      '',
      '  Script not found [code: 10007]',
      '🪵  Logs were written to "/home/runner/.wrangler/logs/wrangler.log"',
      'If you think this is a bug, please open an issue at https://github.com/cloudflare/workers-sdk/issues/new',
    ].join('\n');
    const failure = explainFailure(
      failed({ code: 10007, message: 'A request to the Cloudflare API failed.' }, stderr),
    );
    expect(failure.message).toBe('A request to the Cloudflare API failed. [code 10007]');
    expect(failure.detail).toBe('Script not found [code: 10007]');
  });

  it('falls back to stderr, then to the exit code, when wrangler wrote no record', () => {
    expect(explainFailure(failed(null, 'first\nsecond')).message).toBe('first second');
    expect(explainFailure(failed(null, '', { exitCode: 7 })).message).toBe('exit code 7');
  });

  it('never quotes the account id', () => {
    const path = `/accounts/${ACCOUNT}/workers/scripts/shop`;
    const failure = explainFailure(
      failed({ message: `A request to the Cloudflare API (${path}) failed.` }, `GET ${path}: 403`),
    );
    expect(JSON.stringify(failure)).not.toContain(ACCOUNT);
    expect(failure.message).toContain('/accounts/<account-id>/workers/scripts/shop');
    expect(errorExcerpt(`✘ [ERROR] ${path}`, '')).not.toContain(ACCOUNT);
  });

  it('tells a Worker that was never deployed (wrangler 4.86 codes, 4.164 text)', () => {
    expect(isNewWorker(failed({ code: 10090, message: 'x' }))).toBe(true);
    expect(isNewWorker(failed({ code: 10007, message: 'x' }))).toBe(true);
    const text = 'You cannot upload a new version of a Worker that does not yet exist.';
    expect(isNewWorker(failed({ message: text }))).toBe(true);
    expect(isNewWorker(failed({ code: 10000, message: 'Authentication error' }))).toBe(false);
  });

  it('matches error codes given as numbers or strings', () => {
    expect(failedWith(failed({ code: '10025', message: 'x' }), PREVIEW_NOT_FOUND)).toBe(true);
    expect(failedWith(failed({ code: 10013, message: 'x' }), PREVIEW_NOT_FOUND)).toBe(false);
    expect(failedWith(failed(null), PREVIEW_NOT_FOUND)).toBe(false);
  });

  it('cuts a bundling error from its [ERROR] marker, or keeps the last five lines', () => {
    const stdout =
      'banner\n\u001b[31m✘ [ERROR]\u001b[0m Could not resolve "pg-native"\n\n  src/db.js:3:20';
    expect(errorExcerpt('', stdout)).toBe(
      '[ERROR] Could not resolve "pg-native"\n\n  src/db.js:3:20',
    );
    const lines = ['1', '2', '3', '4', '5', '6', '7'].join('\n');
    expect(errorExcerpt(lines, '')).toBe('3\n4\n5\n6\n7');
  });
});
