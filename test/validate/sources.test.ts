import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveWrangler } from '../../src/toolchain/wrangler.js';
import { scanModule } from '../../src/validate/scanner.js';
import { readScannable } from '../../src/validate/sources.js';
import { testContext } from '../support/context.js';

describe('TypeScript sources', () => {
  it('are scanned through esbuild and reported at their original line', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dtw-ts-'));
    const file = join(dir, 'server.ts');
    await writeFile(
      file,
      [
        "import { execSync } from 'node:child_process';",
        '',
        'interface Options {',
        '  command: string;',
        '}',
        'type Runner = (o: Options) => string;',
        '',
        'export const run: Runner = (o) => execSync(o.command).toString();',
      ].join('\n'),
    );
    const source = await readScannable(file, await resolveWrangler(testContext()));
    const [found] = scanModule(source!.code, {
      compatibilityDate: '2026-05-03',
      nodejsCompat: true,
      userCode: true,
      cpuMsPerRequest: 10,
    }).findings;
    expect(found?.rule).toBe('W101');
    expect(source!.originalLine(found!.line, found!.column)).toBe(8);
  });
});
