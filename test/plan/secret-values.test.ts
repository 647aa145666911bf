import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseInputs } from '../../src/action/inputs.js';
import { writePlan } from '../../src/plan/index.js';
import { planRepository } from '../../src/plan/repository.js';
import { Redactor, redactAccountIds } from '../../src/util/redact.js';
import { testContext } from '../support/context.js';
import { useTempDirs } from '../support/temp-dirs.js';

const temps = useTempDirs('dtw-secret-values-');

const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJzaG9wIn0.c2lnbmF0dXJlLW9mLXRoZS10b2tlbg';
const SLACK = 'https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX';
const SECRET_VALUES = {
  SMTP_PASS: 'smtp-pass-value-1',
  AUTH0_CLIENT: 'auth0-client-value-2',
  SESSION_SIGNING: JWT,
  ALERTS_URL: SLACK,
  EXPORT_URL: 'https://files.example.com/export?token=tok-value-3',
};

async function planned() {
  const env = Object.entries(SECRET_VALUES).map(([name, value]) => `ENV ${name}="${value}"`);
  const dir = await temps.repo({
    'package.json': JSON.stringify({ name: 'shop', scripts: { start: 'node server.js' } }),
    'server.js':
      "require('node:http').createServer((q, s) => s.end('ok')).listen(process.env.PORT || 3000);\n",
    Dockerfile: [
      'FROM node:20-alpine',
      'COPY . .',
      ...env,
      'ENV LOG_LEVEL=info',
      'EXPOSE 3000',
      'CMD ["node", "server.js"]',
    ].join('\n'),
    'compose.yaml': [
      'services:',
      '  web:',
      '    build: .',
      '    environment:',
      '      POSTGRES_PASSWORD: postgres',
      '      DB_PASS: ${DB_PASS:-postgres}',
      '',
    ].join('\n'),
    'docker-to-workers.yml': 'vars:\n  WEBHOOK_TOKEN: "override-token-value-4"\n  THEME: dark\n',
  });
  const masked: string[] = [];
  const ctx = testContext({ setSecret: (value) => masked.push(value) });
  const plan = await planRepository(dir, {}, {}, ctx);
  await writePlan(plan, ctx);
  return { plan, masked };
}

describe('secret-looking values never become plain vars; only real secrets are masked', () => {
  it('makes them required secrets and writes their values nowhere', async () => {
    const { plan } = await planned();
    const worker = plan.workers[0]!;
    expect(worker.secrets).toEqual(
      expect.arrayContaining([...Object.keys(SECRET_VALUES), 'WEBHOOK_TOKEN']),
    );
    expect(worker.vars).toMatchObject({ LOG_LEVEL: 'info', THEME: 'dark' });
    const written = await Promise.all(
      [
        join(plan.outDir, worker.files.wranglerConfig),
        join(plan.outDir, 'plan.json'),
        join(plan.outDir, worker.files.report),
      ].map((file) => readFile(file, 'utf8')),
    );
    const detectJson = JSON.stringify(plan.app);
    for (const value of [...Object.values(SECRET_VALUES), 'override-token-value-4']) {
      for (const text of [...written, detectJson]) expect(text).not.toContain(value);
    }
  });

  it('does not mask a compose default such as `postgres`', async () => {
    const { masked } = await planned();
    expect(masked).not.toContain('postgres');
    // Too short to be unique: masking it would hide an ordinary word in every line.
    const redactor = new Redactor();
    redactor.add('admin1');
    expect(redactor.redact('admin1 logged in as admin1')).toBe('admin1 logged in as admin1');
  });

  it("refuses a secret-looking value in the action's vars input", () => {
    expect(() =>
      parseInputs(
        { GITHUB_WORKSPACE: '/w', INPUT_VARS: `LOG_LEVEL=info\nAPI_KEY=abc123def456` },
        () => {},
      ),
    ).toThrow(/vars.*API_KEY, which looks like a secret/);
  });
});

describe('the Cloudflare account id never reaches a comment, summary or log line', () => {
  const id = '0123456789abcdef0123456789abcdef';
  it('rewrites the paths and phrases wrangler and the API quote', () => {
    const error = `A request to the Cloudflare API (/accounts/${id}/workers/scripts/shop) failed.`;
    expect(redactAccountIds(error)).toBe(
      'A request to the Cloudflare API (/accounts/<account-id>/workers/scripts/shop) failed.',
    );
    expect(redactAccountIds(`Cloudflare account ${id}; account_id=${id}`)).not.toContain(id);
    // A KV namespace id alone is not an account id.
    expect(redactAccountIds(`namespace ${id}`)).toContain(id);
    expect(new Redactor().redact(`GET /client/v4/accounts/${id}/d1/database`)).not.toContain(id);
  });
});
