// A Hono app served with @hono/node-server's serve(): the Worker calls its fetch handler directly.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bootAndGet, dryRun, planned } from './workers.js';

describe('Hono on @hono/node-server', () => {
  it("the entry exports the app's fetch handler (no node:http) and / answers 200 in workerd", async () => {
    const plan = await planned('hono-node-server');
    const [worker] = plan.workers;
    if (!worker) throw new Error('no worker');
    expect(worker.remedies.map((r) => r.pitfallId)).toEqual(['hono-node-server']);
    expect(worker.generated?.config.alias).toEqual({
      '@hono/node-server': './hono-node-server.mjs',
    });
    const entry = worker.generated?.modules['entry.mjs'] ?? '';
    expect(entry).toContain('import handler from "./hono-node-server.mjs";');
    expect(entry).not.toContain('httpServerHandler');
    const bundle = await dryRun(plan, worker);
    const bundled = await readFile(join(bundle, 'entry.js'), 'utf8');
    // @hono/node-server itself (its Response-swapping listener) is not in the bundle.
    expect(bundled).not.toContain('overrideGlobalObjects');
    expect(await bootAndGet(plan, worker, ['/', '/health'])).toEqual([200, 200]);
  });

  it('without the remedy (--no-remedies) the fix is reported as a change, not applied', async () => {
    const plan = await planned('hono-node-server', true);
    const [worker] = plan.workers;
    if (!worker) throw new Error('no worker');
    expect(worker.remedies).toEqual([]);
    expect(worker.generated?.modules['entry.mjs']).toContain('httpServerHandler');
    expect(plan.diagnostics.map((d) => d.ruleId)).toContain('P052');
    expect(worker.codeChanges).toEqual([
      expect.objectContaining({ file: 'src/index.ts', line: 2 }),
    ]);
  });
});
