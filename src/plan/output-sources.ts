import { posix } from 'node:path';
import type { AppModel } from '../model/index.js';

/** Where builds put their output when the package does not say (tsc's `outDir` in most templates). */
const USUAL_OUT_DIRS = ['dist', 'build'];

/**
 * The source modules the built entry comes from (`dist/src/main.js` ← `src/main.ts`, `dist/server.js`
 * ← `src/server.ts`), so the import graph starts at the code the image compiles even when nothing is
 * built yet: tsc writes each input under outDir at its path below rootDir, which is the package
 * directory or, when every input is there, `src` (https://www.typescriptlang.org/tsconfig/#rootDir).
 * The graph probes each candidate (`.js` names its `.ts`); the ones that are not sources drop out.
 */
export function outputSources(app: AppModel): string[] {
  const dir = app.packageJson?.dir ?? '.';
  const outDirs = [app.packageJson?.build?.outDir ?? null, ...USUAL_OUT_DIRS].filter(
    (d): d is string => d !== null,
  );
  const candidates: string[] = [];
  for (const built of [app.entry, app.runFile]) {
    if (built === null) continue;
    for (const outDir of outDirs) {
      const prefix = `${posix.join(dir, outDir)}/`;
      if (!built.startsWith(prefix)) continue;
      const rest = built.slice(prefix.length);
      candidates.push(posix.join(dir, rest), posix.join(dir, 'src', rest));
    }
  }
  return candidates;
}
