import type { AppModel, ReportRow, Target, WorkerBuild } from '../model/index.js';
import { buildEnvRows } from './build-env.js';

const INSTALL = /\b(?:npm (?:ci|install|i)\b|yarn(?: install)?\b|pnpm (?:install|i)\b|bun install)/;
const SYSTEM = /\b(?:apt-get|apk|yum|dnf)\b/;
/** Filesystem and user setup only (`mkdir -p /app/uploads && chown node /app/uploads`). */
const SETUP_ONLY =
  /^(?:\s*(?:mkdir|chown|chmod|ln|addgroup|adduser|useradd|groupadd|rm|touch)\b[^&;|]*(?:&&|;|$))+\s*$/;

/**
 * The kompose-style rows for the Dockerfile: each instruction the app uses and what became of it.
 * (Env, volumes, services and crons add their own rows where they are planned.)
 */
export function dockerfileRows(
  app: AppModel,
  target: Target,
  entryImport: string | null,
  port: number | null,
  compile?: WorkerBuild,
): ReportRow[] {
  const facts = app.dockerfile;
  if (!facts) return [];
  const at = (line: number | undefined): string => (line ? `${facts.path}:${line}` : facts.path);
  if (target === 'container') {
    return [
      {
        key: `FROM ${facts.baseImage}`,
        source: at(facts.stages[facts.finalStage]?.line),
        outcome: 'converted',
        became: 'containers[0].image (the Dockerfile, unchanged)',
        why: 'runs as is on Cloudflare Containers',
      },
    ];
  }
  const rows: ReportRow[] = facts.stages.map((stage, index) =>
    index === facts.finalStage
      ? {
          key: `FROM ${stage.image}`,
          source: at(stage.line),
          outcome: 'converted',
          became:
            target === 'python-worker' ? 'Python Workers (Pyodide)' : 'workerd with nodejs_compat',
          why: 'a V8 isolate replaces the container',
        }
      : {
          key: `FROM ${stage.image}${stage.name ? ` AS ${stage.name}` : ''}`,
          source: at(stage.line),
          outcome: 'approximated',
          became: 'wrangler bundling (esbuild)',
          why: 'build stages are replaced by the bundle build',
        },
  );
  if (facts.workdir)
    rows.push({
      key: `WORKDIR ${facts.workdir}`,
      source: at(undefined),
      outcome: 'dropped',
      became: 'nothing',
      why: 'the bundle has no working directory (fs sees /bundle read-only, /tmp writable)',
    });
  if (facts.user)
    rows.push({
      key: `USER ${facts.user}`,
      source: at(undefined),
      outcome: 'dropped',
      became: 'nothing',
      why: 'no OS users in an isolate',
    });
  for (const run of facts.runCommands) {
    if (INSTALL.test(run.command))
      rows.push({
        key: `RUN ${run.command}`,
        source: at(run.line),
        outcome: 'converted',
        became: 'dependencies bundled by wrangler',
        why: 'node_modules are bundled into the Worker',
      });
    else if (SYSTEM.test(run.command))
      rows.push({
        key: `RUN ${run.command}`,
        source: at(run.line),
        outcome: 'dropped',
        became: 'nothing',
        why: 'no system packages in an isolate; native code needs the Container target',
      });
    else if (SETUP_ONLY.test(run.command))
      rows.push({
        key: `RUN ${run.command}`,
        source: at(run.line),
        outcome: 'dropped',
        became: 'nothing',
        why: 'directory and user setup; an isolate has no filesystem of its own to prepare',
      });
    else if (!facts.buildSteps?.some((step) => step.line === run.line) || !compile)
      rows.push({
        key: `RUN ${run.command}`,
        source: at(run.line),
        outcome: 'approximated',
        became: 'the build before bundling',
        why: "run it in CI before the plan's bundle step",
      });
  }
  if (compile) rows.push(buildRow(compile), ...buildEnvRows(compile));
  for (const copy of facts.copies) {
    rows.push({
      key: `COPY ${copy.from ? `--from=${copy.from} ` : ''}${copy.sources.join(' ')} ${copy.destination}`,
      source: at(copy.line),
      outcome: 'converted',
      became: 'bundle inputs',
      why: 'wrangler bundles what the entry imports',
    });
  }
  if (port !== null)
    rows.push({
      key: `EXPOSE ${app.ports.join(' ')}`,
      source: app.sources.ports ?? at(undefined),
      outcome: 'converted',
      became: `httpServerHandler({ port: ${port} })`,
      why: 'the shim hands each request to the server the app started',
    });
  const command = [...(facts.entrypoint ?? []), ...(facts.cmd ?? [])].join(' ');
  if (command)
    rows.push({
      key: `CMD ${command}`,
      source: app.sources.startCommand ?? at(undefined),
      outcome: 'converted',
      became: entryImport ? `main: entry shim importing ${entryImport}` : 'main: entry shim',
      why: 'the Worker entry replaces the process start command',
    });
  if (app.healthcheck)
    rows.push({
      key: `HEALTHCHECK ${app.healthcheck}`,
      source: app.sources.healthcheck ?? at(undefined),
      outcome: 'approximated',
      became: `smoke check GET ${app.healthcheck}`,
      why: 'the check stage boots the Worker and requests this path',
    });
  return rows;
}

/** How the module the Worker imports is built: the project's command, or esbuild on the source. */
function buildRow(compile: WorkerBuild): ReportRow {
  return {
    key: compile.command ? `build: ${compile.command}` : `build: ${compile.entry}`,
    source: compile.source ?? compile.entry,
    outcome: 'converted',
    became: compile.command
      ? `wrangler build.command in ${compile.cwd} (runs before every bundle, in check and deploy)`
      : `esbuild compiles ${compile.entry} while bundling`,
    why: compile.why,
  };
}

/** A container service's row for the Worker build it would need (the image needs none of it). */
export function workerBuildRow(needs: { why: string; source: string }): ReportRow {
  return {
    key: 'build (as a Worker)',
    source: needs.source,
    outcome: 'manual',
    became:
      "nothing yet: the image runs as it is; a Worker would build with the project's compiler first",
    why: needs.why,
  };
}
