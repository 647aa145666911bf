import { posix } from 'node:path';
import { JSONInstruction, type Instruction } from 'dockerfile-ast';
import type { DockerStage } from '../model/index.js';

/** A RUN that builds (its output may be what CMD runs even though the repository lacks it). */
export const BUILD_STEP = /\b(build|tsc|compile|esbuild|tsup|webpack|rollup|vite)\b/;
/** A RUN that installs the app's dependencies (not `npm i -g` of a tool). */
export const INSTALL_STEP =
  /\b(?:npm|pnpm|yarn|bun)\s+(?:ci|install|i)\b(?![^&;|]*\s(?:-g|--global)\b)/;

export interface Copied {
  sources: string[];
  destination: string;
  from: string | null;
  line: number;
}

export interface Stage extends DockerStage {
  /** Index of the stage this one is built `FROM`, when it names an earlier stage. */
  parent: number | null;
  instructions: Instruction[];
  copies: Copied[];
  runs: { command: string; line: number }[];
  /** WORKDIR in force at the end of the stage (inherited from a parent stage), or null if never set. */
  workdir: string | null;
}

/** Where a path inside the built image comes from. */
export type PathOrigin =
  /** `generated`: a build step (RUN … build) ran after the copy, so the file may be its output. */
  | { kind: 'repo'; path: string; generated: boolean }
  | { kind: 'built'; path: string }
  | { kind: 'unknown' };

/**
 * The strings of an exec-form (JSON array) instruction. dockerfile-ast's `getJSONValue()` drops the
 * spaces inside a string (`"crond && node a.js"` → `crond&&nodea.js`), so the array is parsed as JSON
 * after joining continuation lines; the library's tokens are the fallback for arrays JSON rejects.
 */
export function execFormStrings(instruction: JSONInstruction): string[] {
  const raw = (instruction.getRawArgumentsContent() ?? '').replace(/\\\r?\n/g, ' ');
  try {
    const parsed: unknown = JSON.parse(raw);
    if (Array.isArray(parsed) && parsed.every((item) => typeof item === 'string')) return parsed;
  } catch {
    // Not valid JSON on its own (e.g. a missing bracket): use the parser's tokens.
  }
  return instruction.getJSONStrings().map((s) => s.getJSONValue());
}

/** COPY/ADD sources and destination, without flags, in exec (JSON) or shell form. */
export function copyArguments(instruction: Instruction): string[] {
  if (instruction instanceof JSONInstruction && instruction.getClosingBracket()) {
    return execFormStrings(instruction);
  }
  return instruction
    .getArguments()
    .map((a) => a.getValue())
    .filter((a) => !a.startsWith('--'));
}

/** Records each COPY/ADD with its destination made absolute against the WORKDIR in force. */
export function trackCopies(stage: Stage, stages: Stage[]): void {
  const inherited = stage.parent === null ? null : (stages[stage.parent]?.workdir ?? null);
  let workdir = inherited ?? '/';
  stage.workdir = inherited;
  for (const instruction of stage.instructions) {
    const keyword = instruction.getKeyword();
    const line = instruction.getRange().start.line + 1;
    if (keyword === 'WORKDIR') {
      workdir = posix.resolve(workdir, instruction.getExpandedArguments()[0]?.getValue() ?? '.');
      stage.workdir = workdir;
    } else if (keyword === 'COPY' || keyword === 'ADD') {
      const args = copyArguments(instruction);
      const destination = args.at(-1)!;
      // getFromFlag() misses --from when another flag (--chown) follows it: read the flags directly.
      const from =
        instruction instanceof JSONInstruction
          ? (instruction
              .getFlags()
              .find((f) => f.getName() === 'from')
              ?.getValue() ?? null)
          : null;
      stage.copies.push({
        sources: args.slice(0, -1),
        destination:
          destination.endsWith('/') || destination === '.'
            ? `${posix.resolve(workdir, destination)}/`
            : posix.resolve(workdir, destination),
        from,
        line,
      });
    }
  }
}

/** `${NAME}`, `$NAME` and `${NAME:-default}`, as Docker expands them in an instruction. */
const VARIABLE_REFERENCE = /\$\{(\w+)(?::?-([^}]*))?\}|\$(\w+)/g;

/** A value with the variables it refers to expanded from `args` (unset or empty: the fallback, else ''). */
export function substitute(value: string, args: ReadonlyMap<string, string>): string {
  return value.replace(
    VARIABLE_REFERENCE,
    (_whole, braced: string, fallback: string | undefined, bare: string) => {
      const name = braced ?? bare;
      const current = args.get(name);
      return current !== undefined && current !== '' ? current : (fallback ?? '');
    },
  );
}

/** The variables a value refers to that `args` has no value for and that have no fallback. */
export function unresolvedReferences(value: string, args: ReadonlyMap<string, string>): string[] {
  return [...value.matchAll(VARIABLE_REFERENCE)]
    .filter(([, braced, fallback, bare]) => fallback === undefined && !args.get(braced ?? bare!))
    .map(([, braced, , bare]) => braced ?? bare!);
}

/** The stage and the earlier stages it is built FROM, oldest first. */
export function stageChain(stages: Stage[], index: number): Stage[] {
  const chain: Stage[] = [];
  for (
    let stage = stages[index];
    stage;
    stage = stage.parent === null ? undefined : stages[stage.parent]
  ) {
    chain.unshift(stage);
  }
  return chain;
}

export function baseImageOf(stages: Stage[], index: number): string {
  return stageChain(stages, index)[0]!.image;
}

export function originOf(
  stages: Stage[],
  index: number,
  containerPath: string,
  context: string,
  depth: number,
): PathOrigin {
  const chain = stageChain(stages, index);
  if (depth > 8 || chain.length === 0) return { kind: 'unknown' };
  const copies = chain.flatMap((s) => s.copies).reverse();
  for (const copy of copies) {
    const sourcePath = copiedFrom(copy, containerPath);
    if (sourcePath === null) continue;
    if (copy.from === null) {
      const generated = chain.some((s) =>
        s.runs.some((run) => run.line > copy.line && BUILD_STEP.test(run.command)),
      );
      return { kind: 'repo', path: joinRepo(context, sourcePath), generated };
    }
    const fromIndex = stages.findIndex(
      (s) => s.name?.toLowerCase() === copy.from!.toLowerCase() || String(s.index) === copy.from,
    );
    if (fromIndex === -1) return { kind: 'unknown' };
    return originOf(stages, fromIndex, posix.resolve('/', sourcePath), context, depth + 1);
  }
  // Nothing copied it here: a RUN step made it. Its path relative to where the project was copied
  // (the directory that received package.json or `.`) is where the build writes it, in the folder that
  // package.json came from (`COPY server/package*.json ./` from a parent build context: server/).
  if (!chain.some((s) => s.runs.length > 0)) return { kind: 'unknown' };
  const manifest = (s: string) => s === '.' || globMatches(posix.basename(s), 'package.json');
  const projectDir = chain
    .flatMap((s) => s.copies)
    .find((c) => c.from === null && c.sources.some(manifest));
  if (!projectDir) return { kind: 'unknown' };
  const root = projectDir.destination.endsWith('/')
    ? projectDir.destination.slice(0, -1)
    : posix.dirname(projectDir.destination);
  const relative = posix.relative(root || '/', containerPath);
  if (relative.startsWith('..')) return { kind: 'unknown' };
  const source = projectDir.sources.find(manifest)!;
  const folder = source === '.' ? '.' : posix.dirname(source);
  return { kind: 'built', path: joinRepo(context, posix.join(folder, relative)) };
}

/** The COPY source path (relative to the context or the other stage) that put `containerPath` there. */
function copiedFrom(copy: Copied, containerPath: string): string | null {
  const intoDirectory = copy.destination.endsWith('/') || copy.sources.length > 1;
  const destination = copy.destination.replace(/\/$/, '') || '/';
  for (const source of copy.sources) {
    const clean = source.replace(/\/$/, '');
    const looksLikeDirectory =
      clean === '.' || source.endsWith('/') || !/\.[^/]+$/.test(posix.basename(clean));
    if (looksLikeDirectory) {
      if (containerPath === destination) return clean;
      const prefix = destination === '/' ? '/' : `${destination}/`;
      if (containerPath.startsWith(prefix))
        return posix.join(clean, containerPath.slice(prefix.length));
      continue;
    }
    const target = intoDirectory ? posix.join(destination, posix.basename(clean)) : destination;
    if (
      target === containerPath ||
      (clean.includes('*') &&
        globMatches(posix.join(destination, posix.basename(clean)), containerPath))
    ) {
      return intoDirectory
        ? posix.join(posix.dirname(clean), posix.basename(containerPath))
        : clean;
    }
  }
  return null;
}

function globMatches(glob: string, path: string): boolean {
  const pattern = glob
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '[^/]*')
    .replace(/\?/g, '[^/]');
  return new RegExp(`^${pattern}$`).test(path);
}

function joinRepo(context: string, path: string): string {
  const joined = posix.normalize(posix.join(context, path.replace(/^\/+/, '')));
  return joined === '' ? '.' : joined;
}
