// The app's build runs with the environment the image's build has (the build stage's ENV/ARG, compose
// build.args) plus the user's build-env; W810 names a missing variable or the network. Pure functions
// here; the real build is in build.test.ts, the adapter's in opennext.test.ts.
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { buildEnvironmentOf } from '../../src/plan/build-env.js';
import { planRepository } from '../../src/plan/repository.js';
import { buildEnvNames, buildOutputHint, readBuildEnv } from '../../src/validate/build-env.js';
import { buildFailure } from '../../src/validate/bundle.js';
import { testContext } from '../support/context.js';
import { fixture } from './support.js';

describe("the build environment plan decides from the image's build", () => {
  it("the build stage's ENV and ARG defaults (and its parent's), compose build.args for declared ARGs; not the runtime stage's", async () => {
    const plan = await planRepository(fixture('build-env'), {}, {}, testContext());
    const build = plan.workers[0]?.build;
    expect(build?.command).toBe('npm run build');
    expect(build?.env?.map((v) => [v.declared, v.name, v.value, v.source])).toEqual([
      ['ARG', 'NODE_ENV', 'production', 'Dockerfile:2'],
      // compose's value wins over the ARG's default, and the ENV that refers to it follows.
      ['build.args', 'APP_VERSION', '2.5.0', 'compose.yaml:6'],
      ['ARG', 'RELEASE_CHANNEL', null, 'Dockerfile:7'],
      ['ENV', 'STAMP', 'v2.5.0-docker', 'Dockerfile:8'],
      // Secret-like: its value stays out of the model.
      ['ENV', 'API_PASSWORD', null, 'Dockerfile:9'],
    ]);
    // NOT_DECLARED (compose only) reaches no RUN in Docker; RUNTIME_ONLY is the runner stage's.
    expect(buildEnvironmentOf(build, { BUILD_TOKEN: 'from-the-job' })).toEqual({
      NODE_ENV: 'production',
      APP_VERSION: '2.5.0',
      STAMP: 'v2.5.0-docker',
      BUILD_TOKEN: 'from-the-job',
    });
    // The runner stage's ENV RUNTIME_ONLY has its own row (a Worker var), not one for the build.
    const rows = plan.workers[0]!.report.filter((r) => /set for the build\b/.test(r.became));
    expect(rows.map((r) => [r.key, r.source, r.outcome])).toEqual([
      ['ARG NODE_ENV', 'Dockerfile:2', 'converted'],
      ['build.args.APP_VERSION', 'compose.yaml:6', 'converted'],
      ['ARG RELEASE_CHANNEL', 'Dockerfile:7', 'approximated'],
      ['ENV STAMP', 'Dockerfile:8', 'converted'],
      ['ENV API_PASSWORD', 'Dockerfile:9', 'manual'],
    ]);
    expect(rows.find((r) => r.key === 'ENV API_PASSWORD')?.why).toContain('list it in `build-env`');
  });
});

describe('the build-env list', () => {
  const source = { what: '--build-env', setValue: (names: string[]) => `set ${names.join(' ')}` };

  it('takes names separated by commas, spaces or lines, values from the environment', () => {
    const names = buildEnvNames(['DATABASE_URL,SENTRY_AUTH', 'NEXT_PUBLIC_A\n# skipped\nB']);
    expect(names).toEqual(['DATABASE_URL', 'SENTRY_AUTH', 'NEXT_PUBLIC_A', 'B']);
    const env: Record<string, string> = {
      DATABASE_URL: 'x',
      SENTRY_AUTH: 'y',
      NEXT_PUBLIC_A: 'z',
      B: 'w',
    };
    expect(readBuildEnv(names, (n) => env[n], source)).toEqual(env);
  });

  it('a listed name the environment does not set is an error naming it, with the fix', () => {
    const error = (() => {
      try {
        readBuildEnv(['DATABASE_URL', 'EMPTY'], (n) => (n === 'EMPTY' ? '' : undefined), source);
      } catch (e) {
        return e as UserError;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(UserError);
    expect(error?.message).toBe(
      '--build-env lists DATABASE_URL, EMPTY, but they are not set in the environment.',
    );
    expect(error?.fix).toBe('set DATABASE_URL EMPTY');
    expect(() => readBuildEnv(['DATABASE-URL'], () => 'x', source)).toThrow(
      "--build-env lists 'DATABASE-URL', which is not a variable name.",
    );
  });
});

describe("W810's fix reads the build's output", () => {
  it.each([
    ['Error: DATABASE_URL environment variable is not set', ['DATABASE_URL']],
    ['Missing environment variable: STRIPE_SECRET_KEY', ['STRIPE_SECRET_KEY']],
    ['Error: environment variable "AUTH_SECRET" is missing', ['AUTH_SECRET']],
    ['process.env.NEXT_PUBLIC_API_URL is not defined', ['NEXT_PUBLIC_API_URL']],
    ['JWT_SECRET must be set', ['JWT_SECRET']],
    // A JavaScript global that is not defined is not an environment variable.
    ['ReferenceError: FOO is not defined', []],
    ["Type error: Property 'x' is missing in type", []],
  ])('%s → %o', (line, names) => {
    const hint = buildOutputHint(`Collecting page data ...\n${line}\n> Build error occurred`);
    if (names.length === 0) expect(hint).toBeNull();
    else expect(hint).toContain(`list ${names.join(', ')} in the action's \`build-env\` input`);
  });

  it.each([
    [
      'TypeError: fetch failed\n  [cause]: Error: getaddrinfo ENOTFOUND api.vercel.app',
      'api.vercel.app',
    ],
    ['Error: getaddrinfo EAI_AGAIN registry.example.org', 'registry.example.org'],
    [
      'FetchError: request to https://x.test/ failed, reason: connect ECONNREFUSED 127.0.0.1:443',
      null,
    ],
  ])('a network failure: %s', (output, host) => {
    expect(buildOutputHint(output)).toContain(
      `The build's output shows a network failure${host ? ` (${host})` : ''}: the build needs the network at build time`,
    );
  });

  it('webpack 4 on Node 17+ (ERR_OSSL_EVP_UNSUPPORTED): the md4 hash, and the ways out', () => {
    const output = [
      'Error: error:0308010C:digital envelope routines::unsupported',
      '    at new Hash (node:internal/crypto/hash:101:19)',
      "  code: 'ERR_OSSL_EVP_UNSUPPORTED'",
    ].join('\n');
    expect(buildOutputHint(output)).toContain('NODE_OPTIONS=--openssl-legacy-provider');
    expect(buildOutputHint('Compiled successfully.')).toBeNull();
  });

  it("a failed custom build's W810 says which variable and build-env", () => {
    const stderr = [
      '[custom build] Running: npm run build',
      '[custom build] > node scripts/build.mjs',
      '[custom build] Error: BUILD_TOKEN environment variable is not set',
      '✘ [ERROR] Running custom build `npm run build` failed. There are likely more logs from your build command above.',
    ].join('\n');
    const found = buildFailure(
      { command: 'npm run build', cwd: '.', output: 'dist/app.js' },
      stderr,
      '',
    );
    expect(found?.ruleId).toBe('W810');
    expect(found?.fix).toContain('`cd . && npm run build`');
    expect(found?.fix).toContain('(CLI: `--build-env BUILD_TOKEN`)');
  });
});
