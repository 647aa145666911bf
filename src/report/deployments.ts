import type { GitHubClient } from '../github/client.js';

/** Stored in the deployment's payload so a later preview can compare itself with production. */
export interface DeploymentMetrics {
  worker: string;
  versionId: string | null;
  startupMs: number | null;
  gzipBytes: number | null;
}

export interface DeploymentTarget {
  /** `production`, `preview/pr-7` (with `/<worker>` appended when the repository has several Workers). */
  environment: string;
  ref: string;
  transient: boolean;
  production: boolean;
  description: string;
  metrics: DeploymentMetrics;
}

/** The GitHub environment name for a Worker's deployment. */
export function deploymentEnvironment(
  environment: 'production' | 'preview',
  pullRequest: number | null,
  worker: string,
  workerCount: number,
): string {
  const base = environment === 'production' ? 'production' : `preview/pr-${pullRequest ?? 0}`;
  // One environment per Worker in a monorepo, so one Worker's success does not deactivate another's.
  return workerCount > 1 ? `${base}/${worker}` : base;
}

async function listDeploymentIds(github: GitHubClient, environment: string): Promise<number[]> {
  const { owner, repo } = github.context;
  const deployments = await github.octokit.paginate(github.octokit.rest.repos.listDeployments, {
    owner,
    repo,
    environment,
    per_page: 100,
  });
  return deployments.map((d) => d.id);
}

export async function setStatus(
  github: GitHubClient,
  deploymentId: number,
  state: 'in_progress' | 'success' | 'failure' | 'inactive',
  extra: { environmentUrl?: string | null; description?: string } = {},
): Promise<void> {
  const { owner, repo } = github.context;
  await github.octokit.rest.repos.createDeploymentStatus({
    owner,
    repo,
    deployment_id: deploymentId,
    state,
    auto_inactive: false,
    ...(extra.environmentUrl ? { environment_url: extra.environmentUrl } : {}),
    ...(extra.description ? { description: extra.description.slice(0, 140) } : {}),
    ...(github.context.runId
      ? {
          log_url: `${github.context.serverUrl}/${owner}/${repo}/actions/runs/${github.context.runId}`,
        }
      : {}),
  });
}

/** Creates the deployment and marks it in progress; returns its id. */
export async function startDeployment(
  github: GitHubClient,
  target: DeploymentTarget,
): Promise<number> {
  const { owner, repo } = github.context;
  const { data } = await github.octokit.rest.repos.createDeployment({
    owner,
    repo,
    ref: target.ref,
    environment: target.environment,
    description: target.description.slice(0, 140),
    transient_environment: target.transient,
    production_environment: target.production,
    auto_merge: false,
    // Our own job is the check that matters; do not wait for other commit statuses.
    required_contexts: [],
    payload: { ...target.metrics },
  });
  if (!('id' in data)) throw new Error(`GitHub did not create the deployment: ${data.message}`);
  await setStatus(github, data.id, 'in_progress', { description: target.description });
  return data.id;
}

/** Success or failure; on success every earlier deployment of the environment becomes inactive. */
export async function finishDeployment(
  github: GitHubClient,
  deploymentId: number,
  environment: string,
  outcome: { ok: boolean; environmentUrl: string | null; description: string },
): Promise<void> {
  await setStatus(github, deploymentId, outcome.ok ? 'success' : 'failure', outcome);
  if (!outcome.ok) return;
  for (const id of await listDeploymentIds(github, environment)) {
    if (id !== deploymentId) await setStatus(github, id, 'inactive');
  }
}

/** Marks every deployment of an environment inactive (a closed pull request's previews). */
export async function deactivateEnvironment(
  github: GitHubClient,
  environment: string,
): Promise<number> {
  const ids = await listDeploymentIds(github, environment);
  for (const id of ids) await setStatus(github, id, 'inactive', { description: 'Preview removed' });
  return ids.length;
}

function isMetrics(value: unknown): value is DeploymentMetrics {
  return (
    typeof value === 'object' && value !== null && 'startupMs' in value && 'gzipBytes' in value
  );
}

/** The metrics of the newest successful deployment of an environment, or null. */
export async function latestSuccessfulMetrics(
  github: GitHubClient,
  environment: string,
): Promise<DeploymentMetrics | null> {
  const { owner, repo } = github.context;
  const { data: deployments } = await github.octokit.rest.repos.listDeployments({
    owner,
    repo,
    environment,
    per_page: 10,
  });
  for (const deployment of deployments) {
    const { data: statuses } = await github.octokit.rest.repos.listDeploymentStatuses({
      owner,
      repo,
      deployment_id: deployment.id,
      per_page: 1,
    });
    const latest = statuses[0]?.state;
    if (latest === 'success' && isMetrics(deployment.payload)) {
      return deployment.payload;
    }
  }
  return null;
}
