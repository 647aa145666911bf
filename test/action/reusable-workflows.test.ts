import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { data, Evaluator, Lexer, Parser } from '@actions/expressions';
import { parse } from 'yaml';
import { inputEnvName, parseInputs } from '../../src/action/inputs.js';

type Step = { uses?: string; with?: Record<string, unknown>; run?: string };
type Job = {
  if?: string;
  needs?: string | string[];
  permissions?: Record<string, string>;
  strategy?: { matrix?: Record<string, unknown> };
  steps?: Step[];
};
type Workflow = {
  concurrency: { group: string; 'cancel-in-progress': boolean };
  jobs: Record<string, Job>;
};

const root = join(import.meta.dirname, '..', '..');

async function workflow(name: string): Promise<Workflow> {
  return parse(await readFile(join(root, '.github/workflows', name), 'utf8')) as Workflow;
}

const checkouts = (job: Job) =>
  (job.steps ?? []).filter((s) => s.uses?.startsWith('actions/checkout@'));
const ourSteps = (job: Job) =>
  (job.steps ?? []).filter((s) => s.uses === './.docker-to-workers-action');

/** The environment (`INPUT_*`) a step's `with:` gives our action, its expressions evaluated as GitHub would. */
function actionEnv(step: Step, context: Record<string, unknown>): Record<string, string> {
  const evaluate = (text: string) =>
    text.replace(/\$\{\{([\s\S]*?)\}\}/g, (_, expression: string) => {
      const tree = new Parser(new Lexer(expression).lex().tokens, Object.keys(context), []).parse();
      const dictionary = JSON.parse(JSON.stringify(context), data.reviver) as data.Dictionary;
      return new Evaluator(tree, dictionary, new Map()).evaluate().coerceString();
    });
  return Object.fromEntries(
    Object.entries(step.with ?? {}).map(([name, value]) => [
      inputEnvName(name),
      evaluate(String(value)),
    ]),
  );
}

describe('the reusable workflows’ security properties', () => {
  it('preview: one run per pull request, cancelling the older one', async () => {
    const preview = await workflow('preview.yml');
    expect(preview.concurrency).toEqual({
      group: 'docker-to-workers-preview-${{ github.event.pull_request.number }}',
      'cancel-in-progress': true,
    });
  });

  it('production: one run per branch, never cancelled halfway', async () => {
    const production = await workflow('production.yml');
    expect(production.concurrency).toEqual({
      group: 'docker-to-workers-production-${{ github.ref }}',
      'cancel-in-progress': false,
    });
    expect(production.jobs.deploy?.needs).toEqual(['apps', 'check']);
  });

  it('the check jobs see no secrets and can write nothing', async () => {
    for (const file of ['preview.yml', 'production.yml']) {
      const check = (await workflow(file)).jobs.check!;
      expect(JSON.stringify(check)).not.toContain('secrets.');
      expect(check.permissions).toEqual({ contents: 'read' });
      expect(ourSteps(check)[0]?.with?.mode).toBe('check');
    }
  });

  it("production's check job gets the secrets only when the app's build needs some (build-env), and then only for the build", async () => {
    const { jobs } = await workflow('production.yml');
    const secrets = { CLOUDFLARE_API_TOKEN: 'cf-token-value', BUILD_TOKEN: 'build-token-value' };
    const context = (buildEnv: string) => ({
      secrets,
      inputs: { 'build-env': buildEnv, 'fail-on': 'error', sarif: false },
      matrix: { app: '.' },
    });
    const check = (buildEnv: string) => actionEnv(ourSteps(jobs.check!)[0]!, context(buildEnv));
    expect(check('')['INPUT_SECRET-VALUES']).toBe('');
    expect(parseInputs(check('BUILD_TOKEN'), () => undefined)).toMatchObject({
      buildEnv: { BUILD_TOKEN: 'build-token-value' },
      secrets: {},
    });
    // The deploy job builds with the same variables.
    const deploy = actionEnv(ourSteps(jobs.deploy!)[0]!, context('BUILD_TOKEN'));
    expect(parseInputs(deploy, () => undefined).buildEnv).toEqual({
      BUILD_TOKEN: 'build-token-value',
    });
    // preview.yml's check job runs for forks: no build-env, no secrets.
    expect(ourSteps((await workflow('preview.yml')).jobs.check!)[0]?.with).not.toHaveProperty(
      'build-env',
    );
  });

  it('cleanup runs on close only, never checks out the PR’s code, and skips forks', async () => {
    const { jobs } = await workflow('preview.yml');
    const cleanup = jobs.cleanup!;
    expect(cleanup.if).toContain("github.event.action == 'closed'");
    expect(cleanup.if).toContain(
      'github.event.pull_request.head.repo.full_name == github.repository',
    );
    expect(checkouts(cleanup).map((s) => s.with?.ref)).toEqual([
      '${{ github.event.pull_request.base.sha }}',
      '${{ job.workflow_sha }}',
    ]);
    expect(ourSteps(cleanup)[0]?.with?.mode).toBe('cleanup');
    // The app list on close is read from the base branch too.
    expect(checkouts(jobs.apps!)[0]?.with?.ref).toContain('github.event.pull_request.base.sha');
  });

  it('forks get no deploy job, a visible reason instead, and the check job still runs', async () => {
    const { jobs } = await workflow('preview.yml');
    expect(jobs.deploy?.if).toContain(
      'github.event.pull_request.head.repo.full_name == github.repository',
    );
    expect(jobs.fork?.if).toContain(
      'github.event.pull_request.head.repo.full_name != github.repository',
    );
    expect(jobs.fork?.steps?.[0]?.run).toContain('::notice title=Preview skipped (fork)::');
    expect(jobs.fork?.steps?.[0]?.run).toContain('GITHUB_STEP_SUMMARY');
    expect(jobs.check?.if).not.toContain('full_name');
  });

  it('every app job fans out over the detected matrix and checks out nothing with persisted credentials', async () => {
    for (const file of ['preview.yml', 'production.yml']) {
      const { jobs } = await workflow(file);
      for (const [id, job] of Object.entries(jobs)) {
        for (const step of checkouts(job))
          expect(step.with?.['persist-credentials'], id).toBe(false);
        if (ourSteps(job).length === 0) continue;
        expect(job.strategy?.matrix?.app, `${file} ${id}`).toBe(
          '${{ fromJSON(needs.apps.outputs.matrix) }}',
        );
        expect(ourSteps(job)[0]?.with?.['working-directory']).toBe('${{ matrix.app }}');
      }
    }
  });

  it.each(['preview.yml', 'production.yml'])(
    '%s: a caller with `secrets: inherit` gets only the app secrets it names into the action (and their PREVIEW_ values)',
    async (file) => {
      const deploy = (await workflow(file)).jobs.deploy!;
      const step = ourSteps(deploy)[0]!;
      // The caller's repository secrets, as `secrets: inherit` hands them to the called workflow.
      const secrets = {
        CLOUDFLARE_API_TOKEN: 'cf-token-value',
        CLOUDFLARE_ACCOUNT_ID: 'a'.repeat(32),
        DATABASE_URL: 'postgres://app:prod-pass@db.example.com/app',
        PREVIEW_DATABASE_URL: 'postgres://app:preview-pass@preview-db.example.com/app',
        UNRELATED_SECRET: 'never-uploaded',
      };
      const context = {
        secrets,
        inputs: { secrets: 'DATABASE_URL', plan: '', 'fail-on': 'error', vars: '' },
        matrix: { app: '.' },
      };
      const config = parseInputs(actionEnv(step, context), () => undefined);
      expect(config.apiToken).toBe('cf-token-value');
      expect(config.secrets).toEqual({
        DATABASE_URL: secrets.DATABASE_URL,
        PREVIEW_DATABASE_URL: secrets.PREVIEW_DATABASE_URL,
      });
    },
  );
});
