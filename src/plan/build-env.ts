import type { AppModel, ReportRow, WorkerBuild } from '../model/index.js';

/** The build with the variables the image's build declares, when it runs a command (esbuild alone needs none). */
export function withBuildEnv<T extends WorkerBuild | null | undefined>(build: T, app: AppModel): T {
  if (!build?.command || !app.buildEnv?.length) return build;
  return { ...build, env: app.buildEnv };
}

/**
 * The environment check's build runs with (beside the allow-listed one every child gets): the variables
 * the image's build declares that have a value, then the user's `build-env` (which wins).
 */
export function buildEnvironmentOf(
  build: WorkerBuild | null | undefined,
  user: Readonly<Record<string, string>> = {},
): Record<string, string> {
  const values: Record<string, string> = {};
  for (const v of build?.env ?? []) if (v.value !== null) values[v.name] = v.value;
  return { ...values, ...user };
}

/** The environment an app's build runs with, and which of its values are secrets (the user's). */
export interface BuildEnv {
  values: Record<string, string>;
  /** Values to scrub from any build output we quote or log. */
  secrets: string[];
}

/**
 * The one build environment for every run of the app's build (check's, and the one before deploy):
 * `buildEnvironmentOf`, with the user's `build-env` values as the secrets to scrub.
 */
export function buildEnvFor(
  build: WorkerBuild | null | undefined,
  user: Readonly<Record<string, string>> = {},
): BuildEnv {
  return { values: buildEnvironmentOf(build, user), secrets: Object.values(user) };
}

/** Why a declared variable is not set for the build, or null when it is. */
function notPassed(variable: NonNullable<WorkerBuild['env']>[number]): string | null {
  if (variable.value !== null) return null;
  if (variable.secretLike)
    return 'its value looks like a secret, so it stays out of the plan: list it in `build-env` (CLI: --build-env) with the value in the job env if the build needs it';
  return variable.declared === 'ARG'
    ? 'declared without a default (`docker build` takes it from --build-arg): list it in `build-env` (CLI: --build-env) if the build needs it'
    : 'its value refers to a build argument without a default: list it in `build-env` (CLI: --build-env) if the build needs it';
}

/** One report row per variable of the image's build: set for the build, or what to do about it. */
export function buildEnvRows(build: WorkerBuild | null | undefined): ReportRow[] {
  return (build?.env ?? []).map((v) => {
    const missing = notPassed(v);
    return {
      key: v.declared === 'build.args' ? `build.args.${v.name}` : `${v.declared} ${v.name}`,
      source: v.source,
      // A secret-like value the image's build has and check's does not is the user's to give; an ARG
      // without a default is unset in a plain `docker build` too.
      outcome: !missing ? 'converted' : v.secretLike ? 'manual' : 'approximated',
      became: missing
        ? 'not set for the build'
        : `${v.name} set for the build (check's and deploy's)`,
      why: missing ?? "the image's build runs with it",
    };
  });
}
