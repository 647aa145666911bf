import type { Diagnostic, Severity } from '../model/index.js';

interface Rule {
  severity: Severity;
  /** `{name}` placeholders are filled from the call's parameters. */
  message: string;
  fix: string;
  /** Reference for the input the rule is about, when there is one. */
  docs?: string;
}

/** Every finding detect can report. Ids are stable: tests, SARIF and docs refer to them. */
export const DETECT_RULES = {
  D001: {
    severity: 'warning',
    message: 'No Dockerfile found at {file}.',
    fix: 'Pass --dockerfile <path>, or set build.dockerfile on the compose service.',
    docs: 'https://docs.docker.com/reference/dockerfile/',
  },
  D002: {
    severity: 'error',
    message: 'Malformed Dockerfile instruction: {detail}.',
    fix: 'Fix the instruction; `docker build` rejects or misreads it too.',
    docs: 'https://docs.docker.com/reference/dockerfile/',
  },
  D003: {
    severity: 'warning',
    message:
      '{instruction} looks like exec form but is not valid JSON, so Docker runs it through /bin/sh -c.',
    fix: 'Write it as a JSON array of double-quoted strings, e.g. CMD ["node", "server.js"].',
    docs: 'https://docs.docker.com/reference/dockerfile/#shell-and-exec-form',
  },
  D004: {
    severity: 'warning',
    message: 'EXPOSE {value} is not a port number; it is ignored.',
    fix: 'Use EXPOSE <port>[/tcp], e.g. EXPOSE 3000.',
    docs: 'https://docs.docker.com/reference/dockerfile/#expose',
  },
  D005: {
    severity: 'error',
    message: 'Docker target stage "{target}" does not exist; stages are: {stages}.',
    fix: 'Pass --docker-target with one of the stage names (or fix build.target in compose).',
    docs: 'https://docs.docker.com/build/building/multi-stage/',
  },
  D006: {
    severity: 'warning',
    message: 'The built stage has no CMD or ENTRYPOINT; the base image default ({image}) runs.',
    fix: 'Add CMD ["node", "<your server file>"] so the start command is explicit.',
    docs: 'https://docs.docker.com/reference/dockerfile/#cmd',
  },
  D007: {
    severity: 'error',
    message:
      'The start command runs {file}, which is not in the repository and no build step produces it.',
    fix: 'Fix the path in CMD/ENTRYPOINT (or the start script), or add the build step that creates it.',
    docs: 'https://docs.docker.com/reference/dockerfile/#cmd',
  },
  D008: {
    severity: 'note',
    message: 'Could not tell which file the start command `{command}` runs.',
    fix: 'Use a direct command such as CMD ["node", "server.js"], or an npm start script.',
    docs: 'https://docs.docker.com/reference/dockerfile/#cmd',
  },
  D010: {
    severity: 'error',
    message: '{file} is a symlink that leaves the repository; it was not read.',
    fix: 'Replace the symlink with the file itself, or point it at a file inside the repository.',
  },
  D011: {
    severity: 'warning',
    message: '{file} is {size} MB, over the {limit} MB detect reads; it was skipped.',
    fix: 'Keep generated or vendored files out of the paths the Dockerfile and package.json name.',
  },
  D012: {
    severity: 'warning',
    message: '{file} is binary (or not UTF-8) and was skipped.',
    fix: 'Save the file as UTF-8 text.',
  },
  D013: {
    severity: 'error',
    message: '{file} is outside the repository directory; it was not read.',
    fix: 'Give paths relative to the repository directory, inside it.',
  },
  D014: {
    severity: 'error',
    message: '{file} could not be read: {reason}.',
    fix: 'Check the file exists and is readable by the user running docker-to-workers.',
  },
  D020: {
    severity: 'error',
    message: 'Compose file is not valid YAML: {detail}.',
    fix: 'Fix the YAML (`docker compose config` shows the same error).',
    docs: 'https://docs.docker.com/reference/compose-file/',
  },
  D021: {
    severity: 'error',
    message: 'Compose file {file} does not exist.',
    fix: 'Pass --compose with an existing file, or omit it to use compose.yaml / docker-compose.yml.',
    docs: 'https://docs.docker.com/compose/intro/compose-application-model/#the-compose-file',
  },
  D022: {
    severity: 'warning',
    message: 'Several compose services are built from source ({candidates}); using "{chosen}".',
    fix: 'Pass --service <name> to choose the app service.',
    docs: 'https://docs.docker.com/reference/compose-file/services/',
  },
  D023: {
    severity: 'error',
    message: 'Compose service "{service}" does not exist; services are: {candidates}.',
    fix: 'Pass --service with one of the listed names.',
    docs: 'https://docs.docker.com/reference/compose-file/services/',
  },
  D024: {
    severity: 'warning',
    message: 'Variable {name} is not set (in .env); it is replaced by an empty string.',
    fix: 'Define {name} in .env, or give a default: ${{name}:-value}.',
    docs: 'https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/',
  },
  D025: {
    severity: 'warning',
    message: 'Service "{service}" extends "{base}", which was not found.',
    fix: 'Fix extends.service (and extends.file) to name an existing service.',
    docs: 'https://docs.docker.com/compose/how-tos/multiple-compose-files/extends/',
  },
  D026: {
    severity: 'note',
    message:
      'Service "{service}" is only in profile(s) {profiles}, which are not active; it is ignored.',
    fix: 'Set COMPOSE_PROFILES in .env to include it.',
    docs: 'https://docs.docker.com/compose/how-tos/profiles/',
  },
  D027: {
    severity: 'error',
    message: 'Service "{service}" extends itself through {chain}.',
    fix: 'Remove one `extends` from the cycle (`docker compose config` refuses it too).',
    docs: 'https://docs.docker.com/compose/how-tos/multiple-compose-files/extends/',
  },
  D030: {
    severity: 'error',
    message: '{file} is not valid JSON: {detail}.',
    fix: 'Fix the JSON (`npm pkg get name` shows the same error).',
  },
  D031: {
    severity: 'warning',
    message: 'Native addon(s) in dependencies: {packages}. They do not run on Workers.',
    fix: 'Swap each for a pure-JS or WebAssembly package (e.g. bcryptjs, @cf-wasm/photon), or run as a Container.',
    docs: 'https://developers.cloudflare.com/workers/runtime-apis/nodejs/',
  },
  D032: {
    severity: 'warning',
    message: 'Workspace "{workspace}" named by the start command is not among the workspaces.',
    fix: 'Check the --workspace name against the "name" in each workspace package.json.',
    docs: 'https://docs.npmjs.com/cli/using-npm/workspaces',
  },
  D033: {
    severity: 'error',
    message: 'package.json: {field} is {actual}, not {expected}; it was ignored.',
    fix: 'Make {field} {expected}, as npm expects (https://docs.npmjs.com/cli/configuring-npm/package-json).',
    docs: 'https://docs.npmjs.com/cli/configuring-npm/package-json',
  },
  D040: {
    severity: 'note',
    message: 'Existing wrangler config {file} found; later stages start from it.',
    fix: 'Nothing to do; remove it if it is stale.',
    docs: 'https://developers.cloudflare.com/workers/wrangler/configuration/',
  },
  D050: {
    severity: 'note',
    message: 'Compose service "{service}" (image {image}) is not a known backing service.',
    fix: 'Plan reports it as manual; say in x-cloudflare what it becomes, or remove it.',
    docs: 'https://docs.docker.com/reference/compose-file/services/',
  },
  D060: {
    severity: 'note',
    message: 'The container runs `{command}` at start-up; a Worker runs no start-up commands.',
    fix: 'Run the migration in CI before deploying, against the production database (Hyperdrive: its origin database; D1: `wrangler d1 migrations apply`).',
    docs: 'https://developers.cloudflare.com/d1/reference/migrations/',
  },
  D061: {
    severity: 'note',
    message:
      'The container waits for a dependency at start-up (`{command}`); on Workers this is dropped.',
    fix: 'Nothing to do: bindings (Hyperdrive, KV, D1) are ready when the Worker runs.',
    docs: 'https://developers.cloudflare.com/workers/runtime-apis/bindings/',
  },
  D062: {
    severity: 'note',
    message:
      '`{dev}` is a development command; detect follows the production start `{production}` ({at}) instead.',
    fix: 'Nothing to do; pass --docker-target or --compose to choose another stage or command.',
    docs: 'https://docs.docker.com/build/building/multi-stage/',
  },
  D063: {
    severity: 'note',
    message:
      'Compose runs {count} replicas of "{service}"; on Workers it is one Worker, which scales with the requests.',
    fix: 'Nothing to do.',
    docs: 'https://developers.cloudflare.com/workers/reference/how-workers-works/',
  },
} satisfies Record<string, Rule>;

export type DetectRuleId = keyof typeof DETECT_RULES;

/** Collects detect's findings in one place, in the order they were found. */
export class Findings {
  readonly list: Diagnostic[] = [];

  add(
    ruleId: DetectRuleId,
    params: Record<string, string | number>,
    where: { file?: string; line?: number; severity?: Severity } = {},
  ): void {
    const rule: Rule = DETECT_RULES[ruleId];
    const fill = (template: string) =>
      template.replace(/\{(\w+)\}/g, (whole, key: string) =>
        key in params ? String(params[key]) : whole,
      );
    this.list.push({
      ruleId,
      severity: where.severity ?? rule.severity,
      message: fill(rule.message),
      ...(where.file !== undefined ? { file: where.file } : {}),
      ...(where.line !== undefined ? { line: where.line } : {}),
      fix: fill(rule.fix),
      ...(rule.docs ? { docs: rule.docs } : {}),
    });
  }
}
