// The reader is detect's only way to the disk: confined to the root, capped, text only, no generated folders.
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RepoReader } from '../../src/detect/repo-reader.js';
import { Findings } from '../../src/detect/rules.js';

let root: string;
let findings: Findings;
let reader: RepoReader;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'dtw-reader-'));
  findings = new Findings();
  reader = new RepoReader(root, findings, 1024);
  await mkdir(join(root, 'node_modules', 'pkg'), { recursive: true });
  await writeFile(join(root, 'node_modules', 'pkg', 'package.json'), '{}');
  await writeFile(join(root, 'app.js'), 'console.log(1);\n');
});
afterEach(() => rm(root, { recursive: true, force: true }));

const ruleIds = () => findings.list.map((d) => `${d.ruleId} ${d.file}`);

describe('RepoReader', () => {
  it('reads text files inside the root and records them', async () => {
    expect(await reader.readText('./src/../app.js')).toBe('console.log(1);\n');
    expect(reader.filesRead).toEqual(['app.js']);
  });

  it('never reads or lists node_modules', async () => {
    expect(await reader.readText('node_modules/pkg/package.json')).toBeNull();
    expect(await reader.exists('node_modules/pkg/package.json')).toBe(false);
    expect(await reader.subdirectories('.')).toEqual([]);
    expect(reader.filesRead).toEqual([]);
    expect(findings.list).toEqual([]);
  });

  it("never reads what a tool wrote (Next's build output, our own plan): a local rerun sees CI's repository", async () => {
    await mkdir(join(root, '.next', 'standalone'), { recursive: true });
    await writeFile(join(root, '.next', 'standalone', 'package.json'), '{}');
    await mkdir(join(root, 'src'));
    expect(await reader.exists('.next/standalone/package.json')).toBe(false);
    expect(await reader.readText('.next/standalone/package.json')).toBeNull();
    expect(await reader.subdirectories('.')).toEqual(['src']);
  });

  it('refuses paths that climb out (D013) and links that point out (D010), also dangling ones', async () => {
    const outside = await mkdtemp(join(tmpdir(), 'dtw-outside-'));
    await writeFile(join(outside, 'secret.txt'), 'outside');
    await symlink(join(outside, 'secret.txt'), join(root, 'host'));
    await symlink('../../../../../../../../no/such/file', join(root, 'gone'));
    await symlink('app.js', join(root, 'alias.js'));
    await symlink('missing-inside.js', join(root, 'dangling.js'));
    expect(await reader.readText('../outside.txt')).toBeNull();
    expect(await reader.readText('host')).toBeNull();
    expect(await reader.readText('gone')).toBeNull();
    expect(await reader.readText('alias.js')).toBe('console.log(1);\n');
    expect(await reader.readText('dangling.js')).toBeNull();
    expect(ruleIds()).toEqual(['D013 ../outside.txt', 'D010 host', 'D010 gone']);
    await rm(outside, { recursive: true, force: true });
  });

  it('skips files over the cap (D011) and binary or non-UTF-8 files (D012), once each', async () => {
    await writeFile(join(root, 'big.json'), 'x'.repeat(2048));
    await writeFile(join(root, 'nul.txt'), Buffer.from([0x61, 0x00, 0x62]));
    await writeFile(join(root, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9]));
    for (const file of ['big.json', 'nul.txt', 'latin1.txt', 'big.json']) {
      expect(await reader.readText(file)).toBeNull();
    }
    expect(ruleIds()).toEqual(['D011 big.json', 'D012 nul.txt', 'D012 latin1.txt']);
  });
});
