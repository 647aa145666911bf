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

/** An ENV or ARG of a stage that builds the app, as written. */
export interface StageVariable {
  name: string;
  /** The value as written (references unexpanded); null for an ARG without a default. */
  value: string | null;
  line: number;
  instruction: 'ENV' | 'ARG';
}

/**
 * The ENV and ARG of each stage with a build step (`RUN npm run build`) and of the stages it is built
 * FROM, in file order: the variables the build's RUN sees.
 */
export function buildStageVariables(stages: Stage[]): StageVariable[] {
  const builders = stages.filter((s) => s.runs.some((run) => BUILD_STEP.test(run.command)));
  const inChain = new Set(builders.flatMap((s) => stageChain(stages, s.index)));
  return stages
    .filter((s) => inChain.has(s))
    .flatMap((stage) => stage.instructions)
    .flatMap((instruction) => {
      const keyword = instruction.getKeyword();
      if (keyword !== 'ENV' && keyword !== 'ARG') return [];
      return (instruction as Env | Arg).getProperties().map((property) => ({
        name: property.getName(),
        value: property.getValue(),
        line: property.getRange().start.line + 1,
        instruction: keyword,
      }));
    });
}

type Entry = {
  name: string;
  value: string | null;
  source: SourceRef;
  declared: BuildEnvVar['declared'];
};

/**
 * The build's environment as `docker build` gives it to the build's RUN: each ARG's value is compose's
 * `build.args` entry for it, else its default (compose's other args reach no RUN); ENV values expand the
 * variables set before them, and a later one wins. A value that refers to something without a value is
 * unknown (null). Secret-like values stay out of the model (envVars).
 */
export function buildEnvironment(
  dockerfile: string | null,
  variables: StageVariable[],
  composeArgs: { name: string; value: string | null; source: SourceRef }[],
): BuildEnvVar[] {
  if (dockerfile === null) return [];
  const known = new Map<string, string>();
  const entries: Entry[] = [];
  for (const v of variables) {
    const arg = v.instruction === 'ARG' ? composeArgs.find((a) => a.name === v.name) : undefined;
    const written = arg ? arg.value : v.value;
    const value =
      written === null || unresolvedReferences(written, known).length > 0
        ? null
        : arg
          ? written
          : substitute(written, known);
    if (value === null) known.delete(v.name);
    else known.set(v.name, value);
    entries.push({
      name: v.name,
      value,
      source: arg?.source ?? sourceRef(dockerfile, v.line),
      declared: arg ? 'build.args' : v.instruction,
    });
  }
  const modelled = envVars(entries);
  return modelled.map((v) => ({
    ...v,
    declared: entries.findLast((e) => e.name === v.name)!.declared,
  }));
}
