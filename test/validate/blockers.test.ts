import { describe, expect, it } from 'vitest';
import type { CheckResult, Diagnostic, Framework } from '../../src/model/index.js';
import { check, type CheckOptions } from '../../src/validate/index.js';
import { testContext } from '../support/context.js';
import { plannedFixture } from './support.js';

interface BlockerCase {
  fixture: string;
  ruleId: string;
  file: string;
  line?: number;
  package?: string;
  smoke?: boolean;
}

// Each fixture has one known blocker; the check must name it by rule id and file:line.
const cases: BlockerCase[] = [
  { fixture: 'blocker-child-process', ruleId: 'W101', file: 'server.js', line: 7 },
  { fixture: 'blocker-mongoose-toplevel', ruleId: 'W201', file: 'server.js', line: 4, smoke: true },
  { fixture: 'blocker-interval', ruleId: 'W202', file: 'server.js', line: 5, smoke: true },
  { fixture: 'blocker-fs-write', ruleId: 'W107', file: 'server.js', line: 10 },
  { fixture: 'blocker-eval', ruleId: 'W301', file: 'server.js', line: 6 },
  {
    fixture: 'blocker-native-dep',
    ruleId: 'W401',
    file: 'package.json',
    package: 'fast-hash-native',
  },
  {
    fixture: 'blocker-new-function-dep',
    ruleId: 'W301',
    file: 'node_modules/tiny-templates/index.js',
    line: 6,
    package: 'tiny-templates',
  },
  { fixture: 'blocker-memory-session', ruleId: 'W704', file: 'server.js', line: 4 },
];

/**
 * One check per fixture, shared by every test that reads it (each check is a wrangler bundle, and a
 * workerd boot with `smoke`). None of these tests reads the start-up measure: no profile.
 */
const checks = new Map<string, Promise<CheckResult>>();
function checked(
  fixture: string,
  framework: Framework,
  options: CheckOptions,
): Promise<CheckResult> {
  let result = checks.get(fixture);
  if (!result) {
    const ctx = testContext();
    result = plannedFixture(fixture, 'server.js', { framework, ctx })
      .then((plan) => check(plan, { ...options, startupProfile: false }, ctx))
      .then(([first]) => first!);
    checks.set(fixture, result);
  }
  return result;
}

const brief = (d: Diagnostic) => `${d.ruleId} ${d.file ?? ''}:${d.line ?? ''} ${d.package ?? ''}`;

describe('check finds known blockers', () => {
  it.each(cases)('$fixture → $ruleId at $file:$line', async (c) => {
    const result = await checked(c.fixture, 'node-http', { smoke: c.smoke ?? false });
    const found = result.diagnostics.find((d) => d.ruleId === c.ruleId && d.file === c.file);
    expect(found, result.diagnostics.map(brief).join('\n')).toBeDefined();
    expect(found!.line).toBe(c.line);
    if (c.package) expect(found!.package).toBe(c.package);
    expect(found!.fix).toBeTruthy();
    expect(result.verdict).not.toBe('ready');
  });

  it('reports only the write outside /tmp, not the one into /tmp', async () => {
    const result = await checked('blocker-fs-write', 'node-http', { smoke: false });
    expect(result.diagnostics.filter((d) => d.ruleId === 'W107').map((d) => d.line)).toEqual([10]);
  });

  it('boots the interval fixture and reports the runtime crash too', async () => {
    const result = await checked('blocker-interval', 'node-http', { smoke: true });
    expect(result.smoke?.error).toMatch(/Disallowed operation called within global scope/);
    expect(result.diagnostics.map((d) => d.ruleId)).toContain('W901');
  });
});

interface Expected {
  ruleId: string;
  file: string;
  line?: number;
  package?: string;
  /** A phrase of the fix the finding must carry. */
  fix: RegExp;
}

const WEBSOCKET = /WebSocketPair.*Durable Object/;
const GLOBAL_SCOPE = /request path|Cron Trigger|lazily|per request/i;

// Fixtures with several blockers each: every one named by rule id, file:line and its fix.
const many: { fixture: string; expected: Expected[] }[] = [
  {
    fixture: 'blocker-websocket',
    expected: [
      { ruleId: 'W113', file: 'server.js', line: 7, fix: WEBSOCKET },
      { ruleId: 'W113', file: 'src/live.js', line: 2, fix: WEBSOCKET },
      { ruleId: 'W113', file: 'src/feed.js', line: 4, fix: WEBSOCKET },
      { ruleId: 'W113', file: 'src/feed.js', line: 5, fix: WEBSOCKET },
    ],
  },
  {
    // server.js calls main() → bootstrap() → connectDatabase()/connectCache(), an async IIFE →
    // startConsumers(), and a listen callback → watchTemplates(), each in another module.
    fixture: 'blocker-startup-io',
    expected: [
      { ruleId: 'W201', file: 'src/db.js', line: 4, fix: /MongoDB has no Workers binding/ },
      { ruleId: 'W202', file: 'src/db.js', line: 5, fix: GLOBAL_SCOPE },
      { ruleId: 'W201', file: 'src/cache.js', line: 6, fix: GLOBAL_SCOPE },
      { ruleId: 'W201', file: 'src/queue.js', line: 4, fix: GLOBAL_SCOPE },
      { ruleId: 'W201', file: 'src/queue.js', line: 6, fix: GLOBAL_SCOPE },
      { ruleId: 'W201', file: 'src/watch.js', line: 4, fix: GLOBAL_SCOPE },
    ],
  },
  {
    fixture: 'blocker-libraries',
    expected: [
      { ruleId: 'W112', file: 'server.js', line: 10, fix: /import\.meta\.url|static assets/ },
      { ruleId: 'W111', file: 'server.js', line: 11, fix: /app\.engine/ },
      { ruleId: 'W302', file: 'server.js', line: 12, fix: /'tiny'/ },
      { ruleId: 'W703', file: 'server.js', line: 14, fix: /R2/ },
      { ruleId: 'W104', file: 'server.js', line: 15, fix: /Hyperdrive/ },
      { ruleId: 'W401', file: 'package.json', package: 'bcrypt', fix: /bcryptjs/ },
      { ruleId: 'W401', file: 'package.json', package: 'sharp', fix: /Images binding/ },
    ],
  },
];

describe('check finds every blocker of a fixture at file:line, with its fix', () => {
  it.each(many)('$fixture', async ({ fixture, expected }) => {
    // blocker-startup-io's boot is read below; the other fixtures are not booted.
    const smoke = fixture === 'blocker-startup-io';
    const result = await checked(fixture, 'express', { smoke, install: false });
    const all = result.diagnostics.map(brief).join('\n');
    for (const e of expected) {
      const found = result.diagnostics.find(
        (d) =>
          d.ruleId === e.ruleId &&
          d.file === e.file &&
          d.line === e.line &&
          (e.package === undefined || d.package === e.package),
      );
      expect(found, `${e.ruleId} ${e.file}:${e.line ?? ''}\n${all}`).toBeDefined();
      expect(found!.fix).toMatch(e.fix);
    }
    expect(result.verdict).not.toBe('ready');
  });
});

describe('code generation inside try/catch is not a blocker', () => {
  it('a guarded probe (is-generator-function) and fallbacks in the app: notes, and the boot answers from the fallbacks', async () => {
    const ctx = testContext();
    const plan = await plannedFixture('guarded-codegen', 'server.js', {
      framework: 'node-http',
      ctx,
    });
    const [result] = await check(plan, { install: false }, ctx);
    const codegen = result!.diagnostics.filter((d) => d.ruleId === 'W301');
    expect(codegen.map(brief).sort()).toEqual([
      'W301 node_modules/generator-probe/index.js:5 generator-probe',
      'W301 server.js:16 ',
    ]);
    expect(codegen.every((d) => d.severity === 'note')).toBe(true);
    // workerd throws a catchable EvalError while serving: each fallback runs and the app answers.
    expect(result!.smoke?.status).toBe(200);
    expect(result!.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result!.verdict).toBe('ready');
  });
});

describe('no ready verdict for an app that fails at run time', () => {
  it('a start-up failure the app catches and logs (main().catch(console.error)) is reported from the boot', async () => {
    const result = await checked('blocker-startup-io', 'express', { smoke: true, install: false });
    expect(result.smoke?.status).toBe(200);
    // The app answers 2xx: a warning quoting the log line, the connections' W201 keep it from `ready`.
    expect(result.diagnostics.map((d) => d.ruleId)).not.toContain('W901');
    const boot = result.diagnostics.find((d) => d.ruleId === 'W907');
    expect(boot?.message).toMatch(/logged an error while starting: .*Disallowed operation/);
    expect(result.diagnostics.some((d) => d.ruleId === 'W201')).toBe(true);
    expect(result.verdict).toBe('needs-changes');
  });
});
