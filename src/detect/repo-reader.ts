import { lstat, readdir, readFile, readlink, realpath, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, normalize, relative, resolve, sep } from 'node:path';
import type { Findings } from './rules.js';

/** Detect reads configuration and entry files, never bundles: 1 MB is far above any real one. */
export const DEFAULT_MAX_FILE_BYTES = 1024 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Folders that only tools write (installed packages, framework build output, our own plan): never the
 * repository a CI checkout has, so a local run that built before reads the same repository as CI.
 */
const GENERATED_DIRS = new Set([
  'node_modules',
  '.next',
  '.open-next',
  '.nuxt',
  '.output',
  '.svelte-kit',
  '.wrangler',
  '.docker-to-workers',
]);
const isGenerated = (relativePath: string) =>
  relativePath.split('/').some((segment) => GENERATED_DIRS.has(segment));

/**
 * The only way detect touches the file system. Every path is relative to the repository root and is
 * confined to it: `..`, absolute paths, symlinks that resolve outside, generated folders, files over the
 * size cap and binary files are refused with a finding instead of being read.
 */
export class RepoReader {
  /** Repository-relative paths whose contents were read (the benchmark checks node_modules is absent). */
  readonly filesRead: string[] = [];
  private readonly refused = new Set<string>();
  private realRoot: string | null = null;

  constructor(
    readonly root: string,
    private readonly findings: Findings,
    private readonly maxBytes = DEFAULT_MAX_FILE_BYTES,
  ) {}

  /** Normalises a repository path (`./a/../b` → `b`, `.` for the root), or null when it leaves the root. */
  static normalise(path: string): string | null {
    if (isAbsolute(path)) return null;
    const clean = normalize(path).split(sep).join('/').replace(/\/+$/, '');
    if (clean === '..' || clean.startsWith('../')) return null;
    return clean === '' ? '.' : clean;
  }

  /** Reads a UTF-8 text file; null (with a finding for anything but "absent") when it cannot be used. */
  async readText(path: string, maxBytes = this.maxBytes): Promise<string | null> {
    const file = await this.confine(path);
    if (!file) return null;
    const info = await stat(file.absolute).catch(() => null);
    if (!info?.isFile()) return null;
    if (info.size > maxBytes) {
      this.refuse('D011', file.relative, {
        size: (info.size / 1024 / 1024).toFixed(1),
        limit: maxBytes / 1024 / 1024,
      });
      return null;
    }
    let bytes: Buffer;
    try {
      bytes = await readFile(file.absolute);
    } catch (error) {
      this.refuse('D014', file.relative, {
        reason: (error as NodeJS.ErrnoException).code ?? 'error',
      });
      return null;
    }
    this.filesRead.push(file.relative);
    if (bytes.includes(0)) return this.refuse('D012', file.relative, {});
    try {
      return utf8.decode(bytes);
    } catch {
      return this.refuse('D012', file.relative, {});
    }
  }

  /** True when a regular file (or directory, with `kind`) exists inside the repository. Reads no content. */
  async exists(path: string, kind: 'file' | 'dir' = 'file'): Promise<boolean> {
    const file = await this.confine(path, { quiet: true });
    if (!file) return false;
    const info = await stat(file.absolute).catch(() => null);
    return kind === 'file' ? Boolean(info?.isFile()) : Boolean(info?.isDirectory());
  }

  /** Names of the files directly in a directory (reads no content); never lists generated folders. */
  async fileNames(path: string): Promise<string[]> {
    const dir = await this.confine(path, { quiet: true });
    if (!dir) return [];
    const entries = await readdir(dir.absolute, { withFileTypes: true }).catch(() => []);
    return entries
      .filter((entry) => entry.isFile())
      .map((entry) => entry.name)
      .sort();
  }

  /** Names of the subdirectories of a directory (for workspace globs); never lists generated folders. */
  async subdirectories(path: string): Promise<string[]> {
    const dir = await this.confine(path, { quiet: true });
    if (!dir) return [];
    const entries = await readdir(dir.absolute, { withFileTypes: true }).catch(() => []);
    return entries
      .filter((entry) => entry.isDirectory() && !GENERATED_DIRS.has(entry.name))
      .map((entry) => entry.name)
      .sort();
  }

  private async confine(
    path: string,
    options: { quiet?: boolean } = {},
  ): Promise<{ absolute: string; relative: string } | null> {
    const relativePath = RepoReader.normalise(path);
    if (relativePath === null) {
      if (!options.quiet) this.refuse('D013', path, {});
      return null;
    }
    if (isGenerated(relativePath)) return null;
    const absolute = join(this.root, relativePath);
    const link = await lstat(absolute).catch(() => null);
    if (!link) return null;
    this.realRoot ??= await realpath(this.root);
    const real = await realpath(absolute).catch(() => null);
    if (real === null) {
      // A dangling link: refuse it loudly only when it points out of the repository.
      const target = link.isSymbolicLink() ? await readlink(absolute).catch(() => '') : '';
      if (target && !isWithin(this.root, resolve(dirname(absolute), target))) {
        this.refuse('D010', relativePath, {});
      }
      return null;
    }
    if (!isWithin(this.realRoot, real)) {
      if (!options.quiet || link.isSymbolicLink()) this.refuse('D010', relativePath, {});
      return null;
    }
    return { absolute, relative: relativePath };
  }

  private refuse(
    ruleId: 'D010' | 'D011' | 'D012' | 'D013' | 'D014',
    file: string,
    params: Record<string, string | number>,
  ): null {
    if (!this.refused.has(file)) {
      this.refused.add(file);
      this.findings.add(ruleId, { file, ...params }, { file });
    }
    return null;
  }
}

function isWithin(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}
