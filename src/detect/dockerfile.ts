import { posix } from 'node:path';
import {
  DockerfileParser,
  JSONInstruction,
  type Arg,
  type Env,
  type Instruction,
} from 'dockerfile-ast';
import type { DockerfileFacts } from '../model/index.js';
import {
  BUILD_STEP,
  INSTALL_STEP,
  baseImageOf,
  copyArguments,
  execFormStrings,
  originOf,
  stageChain,
  substitute,
  trackCopies,
  type PathOrigin,
  type Stage,
} from './docker-stages.js';
import { buildStageVariables, type StageVariable } from './build-env.js';
import { imageRuntime } from './images.js';
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
const PACKAGE_INSTALL =
  /^(?:apk add|apt-get install|apt install|yum install|dnf install|microdnf install)$/;

export interface DockerfileRead {
  facts: DockerfileFacts;
  ports: { port: number; line: number }[];
  healthcheck: { path: string | null; line: number } | null;
  volumes: { target: string; line: number }[];
  env: { name: string; value: string; line: number }[];
  /** ENV and ARG of the stages that build the app (and their parents): what the build's RUN sees. */
  buildEnv: StageVariable[];
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
      stage.runs.push({ command: instruction.getRawArgumentsContent() ?? '', line });
    }
  }

  if (stages.length === 0) {
    // `docker build` refuses it too: "the Dockerfile cannot be empty" / "no build stage".
    const detail = 'there is no FROM instruction (the file is empty, or only comments)';
    findings.add('D002', { detail }, { file: path, line: 1 });
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
    buildEnv: buildStageVariables(stages),
    startLine: null,
    workdirLine: null,
  };
  for (const stage of stages) trackCopies(stage, stages);
  const chain = stageChain(stages, finalStage);
  const variables = new Map<string, string>();
  for (const stage of chain)
    for (const instruction of stage.instructions)
      applyInstruction(instruction, read, path, findings, variables);
  if (stages[finalStage]) {
    const stage = stages[finalStage];
    facts.copies = chain.flatMap((s) => s.copies);
    facts.workdir = stage.workdir;
    facts.buildSteps = stages
      .flatMap((s) => s.runs)
      .filter((run) => BUILD_STEP.test(run.command))
      .sort((a, b) => a.line - b.line);
    facts.installSteps = stages
      .flatMap((s) => s.runs)
      .filter((run) => INSTALL_STEP.test(run.command))
      .sort((a, b) => a.line - b.line);
    // Web server images (nginx, httpd, caddy) start the right thing by default.
    if (!facts.cmd && !facts.entrypoint && imageRuntime(facts.baseImage) !== 'static')
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
  /** ARG defaults and ENV values set so far: what Docker expands an ENV's value with. */
  variables: Map<string, string>,
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
    case 'ARG':
      for (const property of (instruction as Arg).getProperties()) {
        const value = property.getValue();
        if (value !== null && !variables.has(property.getName()))
          variables.set(property.getName(), value);
      }
      break;
    case 'ENV':
      // `ENV NODE_ENV=${NODE_ENV:-production}` is "production" in the image, not the text.
      for (const property of (instruction as Env).getProperties()) {
        const value = substitute(property.getValue() ?? '', variables);
        variables.set(property.getName(), value);
        read.env.push({ name: property.getName(), value, line });
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
    const strings = execFormStrings(instruction);
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
