import { describe, expect, it } from 'vitest';
import { supportedCompatibilityDate } from '../../src/toolchain/workerd.js';
import { resolveWrangler } from '../../src/toolchain/wrangler.js';
import { NODE_APIS } from '../../src/validate/node-apis.js';
import { probeNodeApis, rowKey, tablePredictsBroken } from '../../scripts/node-api-probe.js';
import { testContext } from '../support/context.js';

const ctx = testContext({ env: { ...process.env } });
const wrangler = await resolveWrangler(ctx);

/** Each row's prediction at `date` beside what the installed workerd did, for the rows probed. */
async function agreement(date: string, flags: string[], keys: string[]) {
  const outcomes = await probeNodeApis(ctx, wrangler, { date, flags, keys });
  return keys.map((key) => {
    const api = NODE_APIS.find((a) => rowKey(a) === key)!;
    return {
      key,
      table: tablePredictsBroken(api, date) ? 'broken' : 'works',
      workerd: outcomes[key]!.works ? 'works' : 'broken',
      detail: outcomes[key]!.detail,
    };
  });
}

// The rows whose behaviour workerd changed last, and the ones most apps hit.
describe('the Node API table agrees with the installed workerd', () => {
  it('at its newest compatibility date (nodejs_compat on by default)', async () => {
    const date = await supportedCompatibilityDate(wrangler);
    const rows = await agreement(
      date,
      [],
      [
        'child_process.*',
        'net.createServer',
        'console.Console',
        'util.parseArgs',
        'vm.*',
        'fs.*',
        'http.request',
        'http.createServer',
      ],
    );
    for (const row of rows) expect(row, row.detail).toMatchObject({ workerd: row.table });
  });

  it('before the dates the table gives for fs, http and console (2024-09-23)', async () => {
    const rows = await agreement(
      '2024-09-23',
      ['nodejs_compat'],
      ['fs.*', 'http.request', 'console.Console'],
    );
    for (const row of rows) expect(row, row.detail).toMatchObject({ workerd: row.table });
  });
});
