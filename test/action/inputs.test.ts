import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inputEnvName, parseInputs, requireCredentials } from '../../src/action/inputs.js';
import { listApps } from '../../src/action/apps.js';
import { modeFor } from '../../src/action/mode.js';
import { parseGitHubContext } from '../../src/github/context.js';
import { UserError } from '../../src/errors.js';
import { PINNED_WRANGLER_VERSION } from '../../src/toolchain/wrangler.js';
import { spawnExec } from '../../src/util/exec.js';

const TOKEN = 'cf-token-0123456789abcdef';
const ACCOUNT = '0123456789abcdef0123456789abcdef';

/** The env the runner gives our step: `INPUT_*` for each `with:` value, plus the step's own env. */
function envFor(
  inputs: Record<string, string>,
  extra: Record<string, string> = {},
): Record<string, string> {
  return {
    GITHUB_WORKSPACE: '/work/repo',
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [inputEnvName(k), v])),
    ...extra,
  };
}

function parse(inputs: Record<string, string>, extra: Record<string, string> = {}) {
  const masked: string[] = [];
  const config = parseInputs(envFor(inputs, extra), (value) => masked.push(value));
  return { config, masked };
}

describe('parseInputs', () => {
  it('applies the documented defaults when nothing is set', () => {
    const { config, masked } = parse({});
    expect(config).toEqual({
      apiToken: null,
      accountId: null,
      mode: null,
      workingDirectory: '/work/repo',
      dockerfile: undefined,
      composeFile: undefined,
      service: undefined,
      environment: null,
      // Empty: the default the CLI shares, and the summary says it was the default.
      plan: { tier: 'free', source: 'default' },
      compatibilityDate: undefined,
      wranglerVersion: PINNED_WRANGLER_VERSION,
      secrets: {},
      previewSecretsFromProduction: [],
      vars: {},
      buildEnv: {},
      githubToken: null,
      comment: true,
      deployments: true,
      failOn: 'error',
      sarif: null,
      uploadSarif: true,
      rollout: null,
      thresholds: { maxErrorRate: undefined, maxCpuP99Ms: undefined, minRequests: undefined },
      monitorSinceMs: null,
    });
    expect(masked).toEqual([]);
  });

  it('reads the gradual rollout, its thresholds and the monitor window', () => {
    const { config } = parse({
      rollout: '10, 50,100',
      'rollout-wait': '120',
      'max-error-rate': '2%',
      'max-cpu-p99-ms': '25',
      'min-requests': '50',
      'monitor-since': '7d',
    });
    expect(config.rollout).toEqual({ steps: [10, 50, 100], waitSeconds: 120 });
    expect(config.thresholds).toEqual({ maxErrorRate: 0.02, maxCpuP99Ms: 25, minRequests: 50 });
    expect(config.monitorSinceMs).toBe(7 * 86_400_000);
    expect(parse({ rollout: '50,100' }).config.rollout?.waitSeconds).toBe(300);
  });

  it.each([
    [
      'rollout',
      '50,10,100',
      "Input 'rollout' is '50,10,100'; expected ascending percentages ending at 100.",
    ],
    ['rollout', '10,50', "Input 'rollout' is '10,50'"],
    [
      'rollout-wait',
      'soon',
      "Input 'rollout-wait' is 'soon', which is not a number from 0 to 86400.",
    ],
    ['max-error-rate', '5', "Input 'max-error-rate' is '5', which is not a number from 0 to 1."],
    ['monitor-since', 'a week', "Input 'monitor-since' is 'a week'"],
  ])('rejects %s %s naming the input', (name, value, message) => {
    expect(() => parse({ [name]: value })).toThrow(message);
  });

  it('reads every input and masks the secrets as they are read', () => {
    const { config, masked } = parse(
      {
        apiToken: ` ${TOKEN} `,
        accountId: ACCOUNT,
        mode: 'preview',
        'working-directory': 'services/api',
        dockerfile: 'Dockerfile.prod',
        'compose-file': 'compose.yaml',
        service: 'api',
        environment: 'staging',
        plan: 'paid',
        'compatibility-date': '2026-05-03',
        'wrangler-version': '4.80.1',
        secrets: 'DATABASE_URL\n# comment\n\nSESSION_KEY',
        vars: 'LOG_LEVEL=info\nGREETING = hello=world',
        'github-token': 'ghs_abcdefghijklmnop',
        comment: 'false',
        deployments: 'no',
        'fail-on': 'warning',
        sarif: 'out/findings.sarif',
        'upload-sarif': 'false',
      },
      { DATABASE_URL: 'postgres://u:p@db/x', SESSION_KEY: 'session-secret-value' },
    );
    expect(config).toMatchObject({
      apiToken: TOKEN,
      accountId: ACCOUNT,
      mode: 'preview',
      workingDirectory: '/work/repo/services/api',
      dockerfile: 'Dockerfile.prod',
      composeFile: 'compose.yaml',
      service: 'api',
      environment: 'staging',
      plan: { tier: 'paid', source: 'input' },
      compatibilityDate: '2026-05-03',
      wranglerVersion: '4.80.1',
      secrets: { DATABASE_URL: 'postgres://u:p@db/x', SESSION_KEY: 'session-secret-value' },
      vars: { LOG_LEVEL: 'info', GREETING: 'hello=world' },
      githubToken: 'ghs_abcdefghijklmnop',
      comment: false,
      deployments: false,
      failOn: 'warning',
      sarif: '/work/repo/out/findings.sarif',
      uploadSarif: false,
    });
    expect(masked).toEqual([
      TOKEN,
      'ghs_abcdefghijklmnop',
      ACCOUNT,
      'postgres://u:p@db/x',
      'session-secret-value',
    ]);
  });

  it('takes only the listed secrets and their PREVIEW_ values from secret-values (toJSON(secrets))', () => {
    const all = {
      DATABASE_URL: 'postgres://u:p@db/x',
      PREVIEW_DATABASE_URL: 'postgres://u:p@preview-db/x',
      CLOUDFLARE_API_TOKEN: 'not-listed-token',
      github_token: 'ghs_not_listed',
    };
    const { config, masked } = parse({
      secrets: 'DATABASE_URL',
      'secret-values': JSON.stringify(all),
      'preview-secrets-from-production': 'JWT_SECRET',
    });
    expect(config.secrets).toEqual({
      DATABASE_URL: all.DATABASE_URL,
      PREVIEW_DATABASE_URL: all.PREVIEW_DATABASE_URL,
    });
    expect(config.previewSecretsFromProduction).toEqual(['JWT_SECRET']);
    expect(masked).toEqual([all.DATABASE_URL, all.PREVIEW_DATABASE_URL]);
    expect(() => parse({ secrets: 'DATABASE_URL', 'secret-values': 'DATABASE_URL=x' })).toThrow(
      "Input 'secret-values' is not a JSON object of secret names and values.",
    );
  });

  it('reads build-env names (newline or comma separated), values from the step env or secret-values, masked', () => {
    const { config, masked } = parse(
      {
        'build-env': 'DATABASE_URL, NEXT_PUBLIC_API\n# comment\nSENTRY_AUTH',
        'secret-values': JSON.stringify({ SENTRY_AUTH: 'sentry-build-secret' }),
      },
      { DATABASE_URL: 'postgres://u:build-only@db/x', NEXT_PUBLIC_API: 'https://api.test' },
    );
    expect(config.buildEnv).toEqual({
      DATABASE_URL: 'postgres://u:build-only@db/x',
      NEXT_PUBLIC_API: 'https://api.test',
      SENTRY_AUTH: 'sentry-build-secret',
    });
    // Build-only: not a Worker secret.
    expect(config.secrets).toEqual({});
    expect(masked).toEqual([
      'postgres://u:build-only@db/x',
      'https://api.test',
      'sentry-build-secret',
    ]);
    const error = (() => {
      try {
        parse({ 'build-env': 'DATABASE_URL,REDIS_URL' });
      } catch (e) {
        return e as UserError;
      }
      return null;
    })();
    expect(error?.message).toBe(
      "Input 'build-env' lists DATABASE_URL, REDIS_URL, but they are not set in the environment.",
    );
    expect(error?.fix).toBe(
      "Add 'env: { DATABASE_URL: ${{ secrets.DATABASE_URL }}, REDIS_URL: ${{ secrets.REDIS_URL }} }' to the step that uses the action, or pass 'secret-values: ${{ toJSON(secrets) }}'.",
    );
    expect(() =>
      parse({ 'build-env': 'CLOUDFLARE_API_TOKEN' }, { CLOUDFLARE_API_TOKEN: TOKEN }),
    ).toThrow(
      "Input 'build-env' lists CLOUDFLARE_API_TOKEN, a credential of this tool or the runner; it is never given to the app's build.",
    );
  });

  it.each([
    [
      { mode: 'deploy' },
      "Input 'mode' is 'deploy', which is not one of check, preview, production, cleanup.",
    ],
    [{ plan: 'pro' }, "Input 'plan' is 'pro', which is not one of free, paid."],
    [
      { 'fail-on': 'errors' },
      "Input 'fail-on' is 'errors', which is not one of error, warning, never.",
    ],
    [{ comment: 'maybe' }, "Input 'comment' is 'maybe', which is not a boolean."],
    [{ 'upload-sarif': 'y' }, "Input 'upload-sarif' is 'y', which is not a boolean."],
    [
      { accountId: 'my-account' },
      "Input 'accountId' is not a Cloudflare account id (32 hexadecimal characters).",
    ],
    [
      { 'compatibility-date': '2026-02-31' },
      "Input 'compatibility-date' is '2026-02-31', which is not a date.",
    ],
    [
      { 'compatibility-date': '2026-13-45' },
      "Input 'compatibility-date' is '2026-13-45', which is not a date.",
    ],
    [
      { 'wrangler-version': 'latest' },
      "Input 'wrangler-version' is 'latest', which is not an exact version.",
    ],
    [
      { 'wrangler-version': '^4' },
      "Input 'wrangler-version' is '^4', which is not an exact version.",
    ],
    [{ vars: 'LOG_LEVEL' }, "Input 'vars' has the line 'LOG_LEVEL', which is not NAME=value."],
    [{ vars: '1X=2' }, "Input 'vars' has the line '1X=2', which is not NAME=value."],
    [
      { secrets: 'DATABASE-URL' },
      "Input 'secrets' lists 'DATABASE-URL', which is not an environment variable name.",
    ],
    [
      { secrets: 'MISSING_SECRET' },
      "Input 'secrets' lists MISSING_SECRET, but the step has no MISSING_SECRET (or PREVIEW_MISSING_SECRET for previews) in its environment or in 'secret-values'.",
    ],
  ])('rejects %o: %s', (inputs, message) => {
    const error = (() => {
      try {
        parse(inputs as Record<string, string>);
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toBe(message);
    expect((error as UserError).fix).toBeTruthy();
  });

  it('keeps an absolute working-directory as it is', () => {
    expect(parse({ 'working-directory': '/srv/app' }).config.workingDirectory).toBe('/srv/app');
  });

  it('asks for credentials in every mode but check, naming the input and the secret', () => {
    const { config } = parse({});
    expect(() => requireCredentials(config, 'check')).not.toThrow();
    for (const mode of ['preview', 'production', 'cleanup'] as const) {
      expect(() => requireCredentials(config, mode)).toThrow(
        `Input 'apiToken' is empty, and mode '${mode}' needs it.`,
      );
    }
    const withToken = parse({ apiToken: TOKEN }).config;
    expect(() => requireCredentials(withToken, 'production')).toThrow(
      "Input 'accountId' is empty, and mode 'production' needs it.",
    );
  });
});

describe('mode from the event', () => {
  const github = (eventName: string, state = 'open') =>
    parseGitHubContext(
      { GITHUB_REPOSITORY: 'acme/shop', GITHUB_EVENT_NAME: eventName },
      eventName.startsWith('pull_request')
        ? {
            action: state === 'closed' ? 'closed' : 'opened',
            pull_request: {
              number: 7,
              state,
              head: { ref: 'feature/x', sha: 'abc', repo: { full_name: 'acme/shop' } },
              base: { repo: { full_name: 'acme/shop' } },
            },
          }
        : {},
    );

  it.each([
    ['pull_request', 'open', 'preview'],
    ['pull_request', 'closed', 'cleanup'],
    ['pull_request_target', 'open', 'preview'],
    ['pull_request_target', 'closed', 'cleanup'],
    ['push', 'open', 'production'],
  ])('%s (%s) → %s', (name, state, mode) => {
    expect(modeFor(null, github(name, state))).toBe(mode);
  });

  it('lets an explicit mode win', () => {
    expect(modeFor('check', github('pull_request'))).toBe('check');
    expect(modeFor('production', github('workflow_dispatch'))).toBe('production');
    expect(modeFor('check', null)).toBe('check');
  });

  it('asks for a mode when the event implies none', () => {
    expect(() => modeFor(null, github('schedule'))).toThrow(
      "Input 'mode' is empty and the event 'schedule' does not imply one.",
    );
    expect(() => modeFor(null, null)).toThrow("the event '(none)' does not imply one");
  });
});

describe('listApps (the workflow matrix)', () => {
  it('finds Dockerfile and compose apps, a compose app owning its subtree, skipping hidden and vendored dirs', async () => {
    const root = await mkdtemp(join(tmpdir(), 'dtw-apps-'));
    const files = [
      'services/api/Dockerfile',
      'services/web/Dockerfile',
      'stack/compose.yaml',
      'stack/worker/Dockerfile',
      '.docker-to-workers-action/examples/express-app/Dockerfile',
      'node_modules/pkg/Dockerfile',
      'docs/README.md',
    ];
    for (const file of files) {
      await mkdir(join(root, file, '..'), { recursive: true });
      await writeFile(join(root, file), '');
    }
    expect((await listApps(root, 'auto')).sort()).toEqual([
      'services/api',
      'services/web',
      'stack',
    ]);
    expect(await listApps(root, 'services/api, services/web\nservices/api')).toEqual([
      'services/api',
      'services/web',
    ]);
    await expect(listApps(root, 'docs')).rejects.toThrow(
      "Input 'apps' lists 'docs', which has no Dockerfile or compose file.",
    );
    await expect(listApps(join(root, 'docs'), 'auto')).rejects.toThrow(
      'No Dockerfile or compose file',
    );

    // What the reusable workflows' first job runs to build the matrix.
    const output = join(root, 'github-output');
    await writeFile(output, '');
    const cliEntry = join(import.meta.dirname, '../../src/cli/index.ts');
    const cli = await spawnExec(
      process.execPath,
      ['--import', 'tsx', cliEntry, 'apps', root, '--apps', 'auto', '--github-output'],
      { env: { GITHUB_OUTPUT: output } },
    );
    expect(cli.exitCode, cli.stderr).toBe(0);
    const written = (await readFile(output, 'utf8')).trim();
    expect(written).toMatch(/^apps=\[/);
    expect((JSON.parse(written.slice('apps='.length)) as string[]).sort()).toEqual([
      'services/api',
      'services/web',
      'stack',
    ]);
  });
});
