import { posix } from 'node:path';
import { DockerfileParser, JSONInstruction, type Env, type Instruction } from 'dockerfile-ast';
import type { DockerfileFacts, DockerStage } from '../model/index.js';
import type { Findings } from './rules.js';
import { splitShellWords } from './text.js';

const KNOWN_INSTRUCTIONS = new Set(
  'ADD ARG CMD COPY ENTRYPOINT ENV EXPOSE FROM HEALTHCHECK LABEL MAINTAINER ONBUILD RUN SHELL STOPSIGNAL USER VOLUME WORKDIR'.split(
    ' ',
  ),
);
const NEEDS_ARGUMENTS = new Set([
  'ARG',
  'ENV',
  'EXPOSE',
  'USER',
  'VOLUME',
  'WORKDIR',
  'RUN',
  'LABEL',
]);
export const BUILD_STEP = /\b(build|tsc|compile|esbuild|tsup|webpack|rollup|vite)\b/;
const PACKAGE_INSTALL =
  /^(?:apk add|apt-get install|apt install|yum install|dnf install|microdnf install)$/;

interface Copied {
  sources: string[];
  destination: string;
  from: string | null;
  line: number;
}

interface Stage extends DockerStage {
  /** Index of the stage this one is built `FROM`, when it names an earlier stage. */
  parent: number | null;
  instructions: Instruction[];
  copies: Copied[];
  hasRun: boolean;
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

export interface DockerfileRead {
  facts: DockerfileFacts;
  ports: { port: number; line: number }[];
  healthcheck: { path: string | null; line: number } | null;
  volumes: { target: string; line: number }[];
  env: { name: string; value: string; line: number }[];
  /** Line of the CMD (or ENTRYPOINT) that starts the container. */
  startLine: number | null;
  /** Line of the WORKDIR in force for the built stage. */
  workdirLine: number | null;
  /** Traces a path in the built image back to the repository (through COPY, COPY --from and builds). */
  origin(containerPath: string): PathOrigin;
}

/**
 * Reads a Dockerfile with dockerfile-ast. `context` is the build context relative to the repository
 * root, so COPY sources become repository paths. ARGs declared before FROM are substituted here
 * (dockerfile-ast leaves them in FROM).
 */
export function readDockerfile(
  text: string,
  path: string,
  context: string,
  target: string | undefined,
  findings: Findings,
): DockerfileRead {
  const dockerfile = DockerfileParser.parse(text);
  const globalArgs = new Map<string, string>();
  const stages: Stage[] = [];
  for (const instruction of dockerfile.getInstructions()) {
    const keyword = instruction.getKeyword();
    const line = instruction.getRange().start.line + 1;
    const args = instruction.getArguments().map((a) => a.getValue());
    if (!KNOWN_INSTRUCTIONS.has(keyword)) {
      findings.add(
        'D002',
        { detail: `unknown instruction "${truncate(keyword)}"` },
        { file: path, line },
      );
      continue;
    }
    if (keyword === 'FROM') {
      const stage = readFrom(instruction, stages, globalArgs, path, line, findings);
      stages.push(stage);
      continue;
    }
    const stage = stages.at(-1);
    if (!stage) {
      if (keyword === 'ARG')
        for (const [name, value] of argDefaults(args)) globalArgs.set(name, value);
      else
        findings.add('D002', { detail: `${keyword} before the first FROM` }, { file: path, line });
      continue;
    }
    if (NEEDS_ARGUMENTS.has(keyword) && args.length === 0) {
      findings.add('D002', { detail: `${keyword} has no arguments` }, { file: path, line });
      continue;
    }
    if ((keyword === 'COPY' || keyword === 'ADD') && copyArguments(instruction).length < 2) {
      findings.add(
        'D002',
        { detail: `${keyword} needs a source and a destination` },
        { file: path, line },
      );
      continue;
    }
    stage.instructions.push(instruction);
    if (keyword === 'RUN') {
      stage.hasRun = true;
      stage.runs.push({ command: instruction.getRawArgumentsContent() ?? '', line });
    }
  }

  let finalStage = stages.length - 1;
  if (target) {
    const index = stages.findIndex((s) => s.name?.toLowerCase() === target.toLowerCase());
    if (index === -1) {
      const names = stages.map((s) => s.name ?? String(s.index)).join(', ') || '(none)';
      findings.add('D005', { target, stages: names }, { file: path });
    } else finalStage = index;
  }
  return readFinalStage(stages, finalStage, path, context, findings);
}

function readFrom(
  instruction: Instruction,
  stages: Stage[],
  globalArgs: Map<string, string>,
  path: string,
  line: number,
  findings: Findings,
): Stage {
  const args = instruction.getArguments().map((a) => a.getValue());
  const words = args.filter((a) => !a.startsWith('--'));
  if (words.length === 0) {
    // Keep reading: the instructions after a broken FROM still describe the app.
    findings.add('D002', { detail: 'FROM has no image' }, { file: path, line });
  }
  const image = substitute(words[0] ?? '', globalArgs);
  const name = words.length >= 3 && words[1]!.toLowerCase() === 'as' ? words[2]! : null;
  const parent = stages.findIndex(
    (s) => s.name !== null && s.name.toLowerCase() === image.toLowerCase(),
  );
  return {
    name,
    index: stages.length,
    image,
    line,
    parent: parent === -1 ? null : parent,
    instructions: [],
    copies: [],
    hasRun: false,
    runs: [],
    workdir: null,
  };
}

function readFinalStage(
  stages: Stage[],
  finalStage: number,
  path: string,
  context: string,
  findings: Findings,
): DockerfileRead {
  const facts: DockerfileFacts = {
    path,
    stages: stages.map(({ name, index, image, line }) => ({ name, index, image, line })),
    finalStage: Math.max(finalStage, 0),
    baseImage: stages[finalStage] ? baseImageOf(stages, finalStage) : '',
    workdir: null,
    user: null,
    copies: [],
    cmd: null,
    entrypoint: null,
    systemPackages: [],
    runCommands: [],
  };
  const read: Omit<DockerfileRead, 'origin'> = {
    facts,
    ports: [],
    healthcheck: null,
    volumes: [],
    env: [],
    startLine: null,
    workdirLine: null,
  };
  for (const stage of stages) trackCopies(stage, stages);
  const chain = stageChain(stages, finalStage);
  for (const stage of chain)
    for (const instruction of stage.instructions)
      applyInstruction(instruction, read, path, findings);
  if (stages[finalStage]) {
    const stage = stages[finalStage];
    facts.copies = chain.flatMap((s) => s.copies);
    facts.workdir = stage.workdir;
    if (!facts.cmd && !facts.entrypoint)
      findings.add('D006', { image: facts.baseImage }, { file: path, line: stage.line });
  }
  return {
    ...read,
    origin: (containerPath) =>
      originOf(stages, finalStage, posix.normalize(containerPath), context, 0),
  };
}

function applyInstruction(
  instruction: Instruction,
  read: Omit<DockerfileRead, 'origin'>,
  path: string,
  findings: Findings,
): void {
  const { facts } = read;
  const keyword = instruction.getKeyword();
  const line = instruction.getRange().start.line + 1;
  const expanded = instruction.getExpandedArguments().map((a) => a.getValue());
  switch (keyword) {
    case 'WORKDIR':
      read.workdirLine = line;
      break;
    case 'USER':
      facts.user = expanded[0] ?? null;
      break;
    case 'EXPOSE':
      for (const value of expanded) {
        const port = Number(value.replace(/\/(tcp|udp)$/i, ''));
        if (Number.isInteger(port) && port > 0 && port < 65536) read.ports.push({ port, line });
        else findings.add('D004', { value: truncate(value) }, { file: path, line });
      }
      break;
    case 'ENV':
      for (const property of (instruction as Env).getProperties()) {
        read.env.push({ name: property.getName(), value: property.getValue() ?? '', line });
      }
      break;
    case 'VOLUME': {
      const targets = jsonOrWords(instruction, path, findings).argv;
      for (const target of targets) read.volumes.push({ target, line });
      break;
    }
    case 'HEALTHCHECK':
      read.healthcheck = { path: healthcheckPath(expanded), line };
      break;
    case 'CMD':
    case 'ENTRYPOINT': {
      const { argv } = jsonOrWords(instruction, path, findings);
      if (keyword === 'CMD') facts.cmd = argv;
      else {
        facts.entrypoint = argv;
        facts.cmd = null; // Docker resets an inherited CMD when ENTRYPOINT is set.
      }
      read.startLine = line;
      break;
    }
    case 'RUN': {
      const command = instruction.getRawArgumentsContent() ?? '';
      facts.runCommands.push({ command, line });
      facts.systemPackages.push(...systemPackages(command));
      break;
    }
  }
}

/** Exec form through getJSONStrings; shell form becomes `/bin/sh -c <text>` as Docker runs it. */
function jsonOrWords(
  instruction: Instruction,
  path: string,
  findings: Findings,
): { argv: string[]; exec: boolean } {
  const raw = (instruction.getRawArgumentsContent() ?? '').trim();
  if (instruction instanceof JSONInstruction && raw.startsWith('[')) {
    const strings = instruction.getJSONStrings().map((s) => s.getJSONValue());
    if (instruction.getClosingBracket()) return { argv: strings, exec: true };
    findings.add(
      'D003',
      { instruction: instruction.getKeyword() },
      {
        file: path,
        line: instruction.getRange().start.line + 1,
      },
    );
    // Docker would run the text through sh and fail; the strings are what the author meant.
    if (strings.length > 0) return { argv: strings, exec: false };
  }
  if (instruction.getKeyword() === 'VOLUME') return { argv: splitShellWords(raw), exec: false };
  return { argv: ['/bin/sh', '-c', raw], exec: false };
}

function copyArguments(instruction: Instruction): string[] {
  if (instruction instanceof JSONInstruction && instruction.getClosingBracket()) {
    return instruction.getJSONStrings().map((s) => s.getJSONValue());
  }
  return instruction
    .getArguments()
    .map((a) => a.getValue())
    .filter((a) => !a.startsWith('--'));
}

/** Records each COPY/ADD with its destination made absolute against the WORKDIR in force. */
function trackCopies(stage: Stage, stages: Stage[]): void {
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

/** The stage and the earlier stages it is built FROM, oldest first. */
function stageChain(stages: Stage[], index: number): Stage[] {
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

function baseImageOf(stages: Stage[], index: number): string {
  return stageChain(stages, index)[0]!.image;
}

function originOf(
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
  // (the directory that received package.json or `.`) is where the build writes it.
  if (!chain.some((s) => s.hasRun)) return { kind: 'unknown' };
  const projectDir = chain
    .flatMap((s) => s.copies)
    .find(
      (c) =>
        c.from === null && c.sources.some((s) => s === '.' || posix.basename(s) === 'package.json'),
    );
  if (!projectDir) return { kind: 'unknown' };
  const root = projectDir.destination.endsWith('/')
    ? projectDir.destination.slice(0, -1)
    : posix.dirname(projectDir.destination);
  const relative = posix.relative(root || '/', containerPath);
  if (relative.startsWith('..')) return { kind: 'unknown' };
  return { kind: 'built', path: joinRepo(context, relative) };
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

/** `${NAME}`, `$NAME` and `${NAME:-default}` from ARGs declared before the first FROM. */
function substitute(value: string, args: Map<string, string>): string {
  return value.replace(
    /\$\{(\w+)(?::?-([^}]*))?\}|\$(\w+)/g,
    (_whole, braced: string, fallback: string | undefined, bare: string) => {
      const name = braced ?? bare;
      const current = args.get(name);
      return current !== undefined && current !== '' ? current : (fallback ?? '');
    },
  );
}

function argDefaults(args: string[]): [string, string][] {
  return args.map((arg) => {
    const eq = arg.indexOf('=');
    return eq === -1 ? [arg, ''] : [arg.slice(0, eq), arg.slice(eq + 1).replace(/^"(.*)"$/, '$1')];
  });
}

function healthcheckPath(args: string[]): string | null {
  if (args[0]?.toUpperCase() === 'NONE') return null;
  const url = /https?:\/\/[^/\s'"]+(\/[^\s'"|;&)]*)?/.exec(args.join(' '));
  return url ? (url[1] ?? '/') : null;
}

/** Packages named by apk/apt-get/yum installs in a RUN command (a native-dependency hint). */
function systemPackages(command: string): string[] {
  const words = splitShellWords(command.replace(/\\\n/g, ' '));
  const found: string[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!PACKAGE_INSTALL.test(`${words[i]} ${words[i + 1]}`)) continue;
    for (let j = i + 2; j < words.length && !['&&', '||', ';'].includes(words[j]!); j++) {
      if (!words[j]!.startsWith('-')) found.push(words[j]!);
    }
  }
  return found;
}

function truncate(value: string): string {
  const printable = value.replace(/[^\x20-\x7e]/g, '?');
  return printable.length > 40 ? `${printable.slice(0, 40)}…` : printable;
}
