import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/validate/index.js';
import { TIER_LIMITS } from '../../src/validate/limits.js';
import { testContext } from '../support/context.js';
import { fixture, plannedFixture } from './support.js';

describe('bundle size', () => {
  it('flags a bundle over the Free limit and names the package that makes it so', async () => {
    // Random bytes do not compress: ~4 MB of them (base64) is over 3 MB gzip.
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
    expect(free!.bundle!.limitBytes).toBe(TIER_LIMITS.free.scriptGzipBytes);
    expect(free!.bundle!.gzipBytes).toBeGreaterThan(free!.bundle!.limitBytes);
    expect(free!.bundle!.topPackages[0]).toMatchObject({ package: 'huge-dep' });
    expect(free!.bundle!.topPackages[0]!.share).toBeGreaterThan(0.9);
    const over = free!.diagnostics.find((d) => d.ruleId === 'W801');
    expect(over?.message).toMatch(/huge-dep \d+ %/);
    expect(free!.verdict).toBe('needs-changes');

    const [paid] = await check(plan, { tier: 'paid', smoke: false }, ctx);
    expect(paid!.diagnostics.map((d) => d.ruleId)).not.toContain('W801');
  });
});
