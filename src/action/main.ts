import * as core from '@actions/core';
import { dirname, join, relative } from 'node:path';
import type { Context } from '../context.js';
import { formatError } from '../errors.js';
import { loadGitHubContext, type GitHubContext } from '../github/context.js';
import { renderMonitorMarkdown } from '../report/monitor.js';
import { renderJobSummary } from '../report/summary.js';
import { renderTier } from '../report/tier.js';
import { resolveWrangler } from '../toolchain/wrangler.js';
import { exitCode, overallVerdict } from '../validate/index.js';
import { createActionHost } from './host.js';
import { parseInputs, requireCredentials, type ActionConfig, type Mode } from './inputs.js';
import { modeFor } from './mode.js';
import {
  checkApp,
  cleanupApp,
  deployApp,
  monitorApp,
  type Checked,
  type Deployed,
} from './pipeline.js';
import { decideUntrusted } from './untrusted.js';
import {
  annotate,
  deployOutputs,
  relativeToWorkspace,
  setOutputs,
  writeSarif,
  writeSummary,
  type Outputs,
} from './report.js';

interface Outcome {
  outputs: Outputs;
  summary: string;
  /** Set when the step must fail after reporting (findings over `fail-on`, a failed deploy). */
  failure: string | null;
}

/**
 * The stages see the credentials in their context's environment (wrangler reads CLOUDFLARE_* there,
 * the GitHub client GITHUB_TOKEN); the process environment itself is left alone. The wrangler of
 * `wrangler-version` is resolved (installed into the tool cache when cold) once, and every stage uses it.
 */
async function stageContext(ctx: Context, config: ActionConfig): Promise<Context> {
  const wrangler = await resolveWrangler(ctx, config.wranglerVersion);
  ctx.log.info(`wrangler ${wrangler.version} at ${wrangler.packageDir}`);
  const env: Record<string, string | undefined> = {
    ...ctx.env,
    DOCKER_TO_WORKERS_WRANGLER_DIR: dirname(dirname(wrangler.packageDir)),
  };
  if (config.apiToken) env.CLOUDFLARE_API_TOKEN = config.apiToken;
  if (config.accountId) env.CLOUDFLARE_ACCOUNT_ID = config.accountId;
  if (config.githubToken && (config.comment || config.deployments)) {
    env.GITHUB_TOKEN = config.githubToken;
  }
  return { ...ctx, env };
}

/** Annotations and SARIF for the findings; decides whether they fail the step. */
async function reportFindings(
  checked: Checked,
  config: ActionConfig,
  workspace: string,
): Promise<{ omitted: number; failure: string | null }> {
  const diagnostics = relativeToWorkspace(checked.diagnostics, workspace, config.workingDirectory);
  const omitted = annotate(diagnostics);
  if (config.sarif) {
    const appDir = relative(workspace, config.workingDirectory);
    await writeSarif(config.sarif, diagnostics, join(appDir, 'package.json'));
  }
  const failing = exitCode(checked.diagnostics, config.failOn) !== 0;
  return {
    omitted,
    failure: failing
      ? `Check found problems at or above fail-on '${config.failOn}' (${overallVerdict(checked.results)}); see the annotations and the job summary.`
      : null,
  };
}

async function runMode(
  mode: Mode,
  config: ActionConfig,
  github: GitHubContext | null,
  ctx: Context,
): Promise<Outcome> {
  if (mode === 'cleanup') {
    requireCredentials(config, mode);
    const result = await cleanupApp(config, ctx);
    const failures = result.diagnostics.filter((d) => d.severity === 'error');
    return {
      outputs: { environment: `preview/pr-${result.pullRequest}` },
      summary: [
        `## docker-to-workers cleanup of #${result.pullRequest}`,
        '',
        `- Worker Previews deleted: ${result.deletedPreviews.join(', ') || 'none'}`,
        `- preview Workers deleted: ${result.deletedWorkers.join(', ') || 'none (alias previews need none)'}`,
        `- preview resources deleted: ${result.deletedResources.map((r) => r.name).join(', ') || 'none'}`,
        `- deployments marked inactive: ${result.deactivatedDeployments}`,
      ].join('\n'),
      failure: failures.length > 0 ? failures.map((d) => d.message).join('\n') : null,
    };
  }
  const workspace = ctx.env.GITHUB_WORKSPACE ?? process.cwd();
  ctx.log.info(renderTier(config.plan));
  const checked = await checkApp(config, ctx);
  const verdict = overallVerdict(checked.results);
  // action.yml saves the package store when this run installed into it.
  const checkOutputs: Outputs = {
    verdict,
    'dependencies-installed': String(checked.installedPackages),
  };
  const findings = await reportFindings(checked, config, workspace);
  const summary = (environment: string, deployed?: Deployed) =>
    renderJobSummary({
      environment,
      pullRequest: github?.pullRequest?.number ?? null,
      verdict,
      results: deployed?.results ?? [],
      checks: checked.results,
      tier: config.plan,
      provisions: deployed?.provisions,
      timings: deployed?.timings ?? checked.timings,
    }) +
    (findings.omitted > 0
      ? `\n_${findings.omitted} more findings are not annotated; they are all in the tables above._\n`
      : '');
  if (mode === 'check' || findings.failure) {
    return {
      outputs: checkOutputs,
      summary: summary(mode),
      failure:
        findings.failure &&
        `${findings.failure}${mode === 'check' ? '' : ' Nothing was deployed.'}`,
    };
  }
  const environment = mode === 'production' ? 'production' : 'preview';
  // deploy skips a fork's preview (and says so in the comment) before it needs any credential.
  if (!(environment === 'preview' && github?.pullRequest?.fork)) requireCredentials(config, mode);
  const deployed = await deployApp(checked, environment, config, ctx);
  const { results } = deployed;
  annotate(
    relativeToWorkspace(
      results.flatMap((r) => r.diagnostics),
      workspace,
      config.workingDirectory,
    ),
  );
  const failed = results.filter((r) => r.status === 'failed');
  const health = await monitorApp(checked, deployed, environment, config, ctx);
  const healthSection =
    health === null
      ? ''
      : `\n${typeof health === 'string' ? health : renderMonitorMarkdown(health)}\n`;
  return {
    outputs: { ...deployOutputs(results), ...checkOutputs },
    summary: summary(environment, deployed) + healthSection,
    failure:
      failed.length > 0
        ? failed
            .map(
              (r) =>
                `${r.worker}: ${r.diagnostics.find((d) => d.severity === 'error')?.message ?? 'deploy failed'}`,
            )
            .join('\n')
        : null,
  };
}

/** The action: parse inputs once, run the mode's stages, report, and fail with the real message. */
export async function run(
  env: Readonly<Record<string, string | undefined>> = process.env,
): Promise<void> {
  const { ctx, redact } = createActionHost(env);
  try {
    const config = parseInputs(env, ctx.setSecret);
    const github = await loadGitHubContext(ctx);
    // Decided before anything is installed or built: a fork's code never runs next to secrets.
    const decision = decideUntrusted(modeFor(config.mode, github), config, github);
    if (decision.kind === 'nothing') {
      ctx.log.info(decision.note);
      await writeSummary(`## docker-to-workers\n\n${decision.note}\n`, redact);
      return;
    }
    const mode = decision.kind === 'run' ? decision.mode : 'check';
    const where = relative(env.GITHUB_WORKSPACE ?? process.cwd(), config.workingDirectory) || '.';
    ctx.log.info(
      `docker-to-workers ${mode} for ${where} (${github?.eventName || 'no event'}, wrangler ${config.wranglerVersion})`,
    );
    if (decision.kind === 'check-only')
      core.notice(decision.note, { title: 'Preview not deployed' });
    const outcome = await runMode(mode, config, github, await stageContext(ctx, config));
    setOutputs(outcome.outputs, redact);
    const note = decision.kind === 'check-only' ? `> [!NOTE]\n> ${decision.note}\n\n` : '';
    await writeSummary(note + outcome.summary, redact);
    if (outcome.failure) core.setFailed(redact(outcome.failure));
  } catch (error) {
    core.setFailed(redact(formatError(error)));
  }
}
