import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { lintAction, lintWorkflow, type ReusableWorkflows } from './workflow-lint.js';

const root = join(import.meta.dirname, '..', '..');

async function yamlFiles(dir: string): Promise<string[]> {
  return (await readdir(join(root, dir)))
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => join(dir, name));
}

async function reusableWorkflows(): Promise<ReusableWorkflows> {
  return {
    'preview.yml': await readFile(join(root, '.github/workflows/preview.yml'), 'utf8'),
    'production.yml': await readFile(join(root, '.github/workflows/production.yml'), 'utf8'),
  };
}

describe('action.yml', () => {
  it('parses with GitHub’s action schema, maps every input into the run step and interpolates nothing into run:', async () => {
    expect(lintAction(await readFile(join(root, 'action.yml'), 'utf8'))).toEqual([]);
  });

  it('fails on an input that is referenced but not declared', () => {
    const source = `
name: x
description: y
inputs:
  mode: { description: m }
runs:
  using: composite
  steps:
    - run: node "\${{ github.action_path }}/dist/action/index.js"
      shell: bash
      env:
        INPUT_MODE: \${{ inputs.mode }}
        INPUT_TYPO: \${{ inputs.moed }}
`;
    expect(lintAction(source)).toEqual([
      "action.yml: runs.steps[0].env.INPUT_TYPO references undeclared input 'moed'",
    ]);
  });

  it('fails on an input that never reaches our code, and on event data in run:', () => {
    const source = `
name: x
description: y
inputs:
  mode: { description: m }
  plan: { description: p }
runs:
  using: composite
  steps:
    - run: echo "\${{ github.event.pull_request.title }}"
      shell: bash
    - run: node "\${{ github.action_path }}/dist/action/index.js"
      shell: bash
      env:
        INPUT_MODE: \${{ inputs.mode }}
`;
    expect(lintAction(source)).toEqual([
      'action.yml: runs.steps[0].run interpolates ${{ github.event.pull_request.title }}: pass it through env: instead',
      "action.yml: input 'plan' is not mapped into the run step as INPUT_PLAN: ${{ inputs.plan }}",
    ]);
  });
});

describe('workflows', async () => {
  const reusable = await reusableWorkflows();
  const action = parse(await readFile(join(root, 'action.yml'), 'utf8')) as { inputs: object };
  const actionInputs = Object.keys(action.inputs);
  const files = [
    ...(await yamlFiles('.github/workflows')),
    ...(await yamlFiles('examples/workflows')),
  ];

  it.each(files)(
    '%s passes the workflow parser, actionlint and the permission/secret rules',
    async (file) => {
      expect(await lintWorkflow(await readFile(join(root, file), 'utf8'), file, reusable)).toEqual(
        [],
      );
    },
  );

  it('the README’s workflow examples are copy-paste ready', async () => {
    const readme = await readFile(join(root, 'README.md'), 'utf8');
    const workflows = [...readme.matchAll(/```ya?ml\n([\s\S]*?)```/g)]
      .map((m) => m[1] ?? '')
      .filter((block) => /^jobs:/m.test(block));
    expect(workflows.length).toBeGreaterThan(0);
    for (const [i, source] of workflows.entries()) {
      expect(await lintWorkflow(source, `README-${i}.yml`, reusable, actionInputs)).toEqual([]);
    }
  });

  it('the reusable workflows run this repository’s action at the called workflow’s commit, never @main', () => {
    for (const source of Object.values(reusable)) {
      const { jobs } = parse(source) as { jobs: Record<string, { steps?: { uses?: string }[] }> };
      const uses = Object.values(jobs).flatMap((job) => (job.steps ?? []).map((s) => s.uses ?? ''));
      expect(uses.filter((u) => u.includes('docker-to-workers-action@'))).toEqual([]);
      expect(source).toContain('ref: ${{ job.workflow_sha }}');
      expect(source).toContain('uses: ./.docker-to-workers-action');
    }
  });

  it('fails on an input our action does not declare', async () => {
    const source = `
on: push
permissions: { contents: read }
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: ./.docker-to-workers-action
        with: { mode: check, api-token: x }
      - uses: acme/docker-to-workers-action@v1
        with: { workdir: app }
`;
    expect(await lintWorkflow(source, 'bad.yml', {}, actionInputs)).toEqual([
      "bad.yml: job 'deploy'.steps[0] passes 'api-token', which action.yml does not declare",
      "bad.yml: job 'deploy'.steps[1] passes 'workdir', which action.yml does not declare",
    ]);
  });

  it('fails on a secret used but not declared by workflow_call', async () => {
    const source = `
on:
  workflow_call:
    secrets:
      CLOUDFLARE_API_TOKEN: { required: true }
permissions: {}
jobs:
  deploy:
    runs-on: ubuntu-latest
    permissions: { contents: read }
    steps:
      - uses: actions/checkout@v5
        with:
          token: \${{ secrets.CLOUDFLARE_ACCOUNT_ID }}
`;
    expect(await lintWorkflow(source, 'bad.yml')).toContain(
      'bad.yml: jobs.deploy.steps[0].with.token uses secret CLOUDFLARE_ACCOUNT_ID, which workflow_call does not declare',
    );
  });

  it('fails on an undeclared input, a missing needs and expressions in run:', async () => {
    const source = `
on:
  workflow_call:
    inputs:
      apps: { type: string, default: '.' }
permissions: {}
jobs:
  deploy:
    runs-on: ubuntu-latest
    needs: detect
    permissions: { contents: read }
    steps:
      - run: echo \${{ inputs.app }}
`;
    const problems = await lintWorkflow(source, 'bad.yml');
    expect(problems).toContain(
      "bad.yml: jobs.deploy.steps[0].run references undeclared input 'app'",
    );
    expect(problems).toContain(
      "bad.yml: job 'deploy'.steps[0].run interpolates ${{ inputs.app }}: pass it through env: instead",
    );
    expect(
      problems.some((p) => p.includes('job "deploy" needs job "detect" which does not exist')),
    ).toBe(true);
  });

  it('fails on wrong permissions: write-all, contents: write, security-events without SARIF, none declared', async () => {
    const job = (permissions: string) => `
on: push
jobs:
  deploy:
    runs-on: ubuntu-latest
    ${permissions}
    steps:
      - uses: actions/checkout@v5
`;
    expect(await lintWorkflow(job('permissions: write-all'), 'a.yml')).toContain(
      "a.yml: job 'deploy' asks for 'write-all'; list the scopes it needs",
    );
    expect(await lintWorkflow(job('permissions: { contents: write }'), 'b.yml')).toContain(
      "b.yml: job 'deploy' asks for contents: write, more than it needs",
    );
    expect(await lintWorkflow(job('permissions: { security-events: write }'), 'c.yml')).toContain(
      "c.yml: job 'deploy' asks for security-events: write but uploads no SARIF",
    );
    expect(await lintWorkflow(job(''), 'd.yml')).toContain(
      "d.yml: job 'deploy' declares no permissions (it would get the repository default)",
    );
    expect(await lintWorkflow(job('permissions: { pull-requests: writ }'), 'e.yml')).toEqual(
      expect.arrayContaining([expect.stringMatching(/^e\.yml.*Unexpected value 'writ'/)]),
    );
  });

  it('fails on a caller that misses a secret, passes an unknown input, grants too little or inherits secrets', async () => {
    const caller = (body: string) => `
on: pull_request
jobs:
  preview:
    uses: org/docker-to-workers-action/.github/workflows/preview.yml@v1
${body}
`;
    const missing = await lintWorkflow(
      caller(`    permissions: { contents: read, pull-requests: write }
    with: { app: web }
    secrets:
      CLOUDFLARE_API_TOKEN: \${{ secrets.CLOUDFLARE_API_TOKEN }}
      CLOUDFLARE_ACCOUNT: \${{ secrets.CLOUDFLARE_ACCOUNT_ID }}`),
      'caller.yml',
      reusable,
    );
    expect(missing).toEqual(
      expect.arrayContaining([
        "caller.yml: job 'preview' passes input 'app', which the workflow does not declare",
        "caller.yml: job 'preview' passes secret CLOUDFLARE_ACCOUNT, which the workflow does not declare",
        "caller.yml: job 'preview' does not grant deployments: write, which the called workflow needs",
      ]),
    );
    const inherit = await lintWorkflow(
      caller(`    permissions: { contents: read, pull-requests: write, deployments: write }
    secrets: inherit`),
      'inherit.yml',
      reusable,
    );
    expect(inherit).toEqual([
      "inherit.yml: job 'preview' uses 'secrets: inherit', which only works inside one organisation; pass each secret",
    ]);
    const production = await lintWorkflow(
      caller(`    permissions: { contents: read, deployments: write }
    secrets:
      CLOUDFLARE_API_TOKEN: \${{ secrets.CLOUDFLARE_API_TOKEN }}`).replace(
        'preview.yml',
        'production.yml',
      ),
      'production-caller.yml',
      reusable,
    );
    expect(production).toEqual([
      "production-caller.yml: job 'preview' does not pass the required secret CLOUDFLARE_ACCOUNT_ID",
    ]);
  });
});

/**
 * The first major of each action whose action.yml declares `runs.using: node24` (their release notes:
 * checkout v5.0.0, setup-node v5.0.0, cache v5.0.0, upload-artifact v6.0.0, download-artifact v7.0.0
 * — v6 still ran on Node 20 —, codeql-action v4; oven-sh/setup-bun v2.2.0, which the v2 tag names).
 */
const NODE24_MAJORS: Record<string, number> = {
  'actions/checkout': 5,
  'actions/setup-node': 5,
  'actions/cache': 5,
  'actions/cache/restore': 5,
  'actions/cache/save': 5,
  'actions/upload-artifact': 6,
  'actions/download-artifact': 7,
  'github/codeql-action/upload-sarif': 4,
  'oven-sh/setup-bun': 2,
};

describe('Node 24', () => {
  it('every action the composite, the workflows and the examples use is at a major that runs on Node 24', async () => {
    const files = [
      'action.yml',
      ...(await yamlFiles('.github/workflows')),
      ...(await yamlFiles('examples/workflows')),
    ];
    const uses: string[] = [];
    for (const file of files) {
      const text = await readFile(join(root, file), 'utf8');
      uses.push(
        ...[...text.matchAll(/^\s*(?:- )?uses: ([\w./-]+)@v(\d+)\s*$/gm)].map(
          (m) => `${m[1]}@${m[2]}`,
        ),
      );
    }
    // Every other repository's action (ours is what the examples call; local `./…` carry no version).
    const external = uses.filter((u) => !u.startsWith('docker-to-workers/'));
    expect(external.length).toBeGreaterThan(10);
    for (const use of external) {
      const [name, major] = use.split('@') as [string, string];
      expect(NODE24_MAJORS[name], `${use} is not in the Node 24 table`).toBeDefined();
      expect(Number(major), use).toBeGreaterThanOrEqual(NODE24_MAJORS[name]!);
    }
    const action = parse(await readFile(join(root, 'action.yml'), 'utf8')) as {
      runs: { steps: { uses?: string; with?: Record<string, unknown> }[] };
    };
    const setupNode = action.runs.steps.find((s) => s.uses?.startsWith('actions/setup-node@'));
    expect(setupNode?.with?.['node-version']).toBe(24);
  });
});
