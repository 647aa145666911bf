import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach } from 'vitest';

export interface TempDirs {
  /** A new empty directory under the system temp dir, removed after the test. */
  dir(prefix?: string): Promise<string>;
  /** A throwaway repository with the given files (path → text, folders made), removed after the test. */
  repo(files: Record<string, string>): Promise<string>;
}

/** Registers an afterEach that removes every directory the returned helpers made during the test. */
export function useTempDirs(defaultPrefix: string): TempDirs {
  const temps: string[] = [];
  afterEach(async () => {
    await Promise.all(temps.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
  });
  const dir = async (prefix = defaultPrefix) => {
    const made = await mkdtemp(join(tmpdir(), prefix));
    temps.push(made);
    return made;
  };
  return {
    dir,
    async repo(files) {
      const made = await dir();
      for (const [name, text] of Object.entries(files)) {
        await mkdir(dirname(join(made, name)), { recursive: true });
        await writeFile(join(made, name), text);
      }
      return made;
    },
  };
}
