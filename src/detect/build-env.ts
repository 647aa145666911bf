import type { Arg, Env } from 'dockerfile-ast';
import type { BuildEnvVar, SourceRef } from '../model/index.js';
import { sourceRef } from '../model/index.js';
import {
  BUILD_STEP,
  stageChain,
  substitute,
  unresolvedReferences,
  type Stage,
} from './docker-stages.js';
import { envVars } from './env.js';

/** An ENV or ARG of a stage that builds the app, as `docker build` gives it to the build's RUN. */
export interface StageVariable {
  name: string;
  /** The value (references expanded); null for an ARG without a default or a value that refers to one. */
  value: string | null;
  line: number;
  instruction: 'ENV' | 'ARG';
}

/**
 * The ENV and ARG (with its default) of each stage with a build step (`RUN npm run build`) and of the
 * stages it is built FROM, in file order: the variables the build's RUN sees. A later one wins.
 */
export function buildStageVariables(stages: Stage[]): StageVariable[] {
  const builders = stages.filter((s) => s.runs.some((run) => BUILD_STEP.test(run.command)));
  const inChain = new Set(builders.flatMap((s) => stageChain(stages, s.index)));
  const known = new Map<string, string>();
  const found: StageVariable[] = [];
  for (const stage of stages.filter((s) => inChain.has(s))) {
    for (const instruction of stage.instructions) {
      const keyword = instruction.getKeyword();
      if (keyword !== 'ENV' && keyword !== 'ARG') continue;
      for (const property of (instruction as Env | Arg).getProperties()) {
        const raw = property.getValue();
        const value =
          raw === null || unresolvedReferences(raw, known).length > 0
            ? null
            : substitute(raw, known);
        if (value === null) known.delete(property.getName());
        else known.set(property.getName(), value);
        const line = property.getRange().start.line + 1;
        found.push({ name: property.getName(), value, line, instruction: keyword });
      }
    }
  }
  return found;
}

/**
 * The build's environment as the image's build has it: the build stages' ARG defaults, then compose's
 * `build.args` for the ARGs the Dockerfile declares (Docker passes no others to RUN), then their ENV
 * (which ARG values do not override). Secret-like values stay out of the model (envVars).
 */
export function buildEnvironment(
  dockerfile: string | null,
  variables: StageVariable[],
  composeArgs: { name: string; value: string | null; source: SourceRef }[],
): BuildEnvVar[] {
  if (dockerfile === null) return [];
  const declared = (instruction: StageVariable['instruction']) =>
    variables
      .filter((v) => v.instruction === instruction)
      .map((v) => ({
        name: v.name,
        value: v.value,
        source: sourceRef(dockerfile, v.line),
        declared: instruction,
      }));
  const args = new Set(variables.filter((v) => v.instruction === 'ARG').map((v) => v.name));
  const entries = [
    ...declared('ARG'),
    ...composeArgs
      .filter((a) => args.has(a.name))
      .map((a) => ({ ...a, declared: 'build.args' as const })),
    ...declared('ENV'),
  ];
  const modelled = envVars(entries);
  return modelled.map((v) => ({
    ...v,
    declared: entries.findLast((e) => e.name === v.name)!.declared,
  }));
}
