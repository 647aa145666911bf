import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/validate/index.js';
import { TIER_LIMITS } from '../../src/validate/limits.js';
import { testContext } from '../support/context.js';
import { fixture, plannedFixture } from './support.js';

describe('bundle size', () => {
  it('measures against the 64 MiB uncompressed limit on every plan and names the largest packages', async () => {
    // ~5.3 MB of random base64: over the old 3 MB gzip Free limit, far under 64 MiB uncompressed.
    const dep = join(fixture('bundle-size'), 'node_modules', 'huge-dep');
    await mkdir(dep, { recursive: true });
    await writeFile(
      join(dep, 'package.json'),
      JSON.stringify({ name: 'huge-dep', version: '1.0.0', main: 'index.js' }),
    );
    await writeFile(
      join(dep, 'index.js'),
      `exports.blob = ${JSON.stringify(randomBytes(4_000_000).toString('base64'))};\n`,
    );

    const ctx = testContext();
    const plan = await plannedFixture('bundle-size', 'server.js', { framework: 'node-http', ctx });
    const [free] = await check(plan, { tier: 'free', smoke: false }, ctx);
    expect(TIER_LIMITS.free.scriptBytes).toBe(64 * 1024 * 1024);
    expect(free!.bundle!.limitBytes).toBe(TIER_LIMITS.free.scriptBytes);
    expect(free!.bundle!.gzipBytes).toBeGreaterThan(3 * 1024 * 1024);
    expect(free!.bundle!.rawBytes).toBeLessThan(free!.bundle!.limitBytes);
    expect(free!.bundle!.topPackages[0]).toMatchObject({ package: 'huge-dep' });
    expect(free!.bundle!.topPackages[0]!.share).toBeGreaterThan(0.9);
    expect(free!.diagnostics.map((d) => d.ruleId)).not.toContain('W801');

    const [paid] = await check(plan, { tier: 'paid', smoke: false }, ctx);
    expect(paid!.bundle!.limitBytes).toBe(free!.bundle!.limitBytes);
  });
});
