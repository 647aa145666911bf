import { readFile } from 'node:fs/promises';
import AjvDraft04 from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import type { CheckResult, Diagnostic } from '../../src/model/index.js';
import {
  renderCheckMarkdown,
  renderCheckText,
  renderDiagnosticsMarkdown,
  toAnnotations,
} from '../../src/report/diagnostics.js';
import { toSarif } from '../../src/report/sarif.js';
import { RULES } from '../../src/validate/rules.js';

const findings: Diagnostic[] = [
  {
    ruleId: 'W704',
    severity: 'warning',
    message: 'cache | kept in memory',
    file: 'src/a.js',
    line: 4,
    column: 7,
    fix: 'Use KV.',
  },
  {
    ruleId: 'W101',
    severity: 'error',
    message: 'child_process.exec',
    file: 'src/b.js',
    line: 9,
    column: 3,
    fix: 'Use a container.',
    docs: 'https://example.test/w101',
  },
  {
    ruleId: 'W302',
    severity: 'error',
    message: 'ajv compiles',
    package: 'ajv',
    fix: 'Precompile.',
  },
  { ruleId: 'P050', severity: 'note', message: 'a plan note' },
];

const result: CheckResult = {
  worker: 'api',
  verdict: 'needs-changes',
  diagnostics: findings,
  bundle: {
    rawBytes: 2048,
    gzipBytes: 1024,
    limitBytes: 3 * 1024 * 1024,
    topPackages: [{ package: 'express', bytes: 1500, share: 0.75 }],
  },
  smoke: { status: 200, startupMs: 120, responseMs: 5, error: null, path: '/health' },
  startup: {
    cpuMs: 1240,
    limitMs: 1000,
    method: 'wrangler check startup',
    profile: '.docker-to-workers/api/startup.cpuprofile',
  },
};

describe('diagnostic renderers', () => {
  it('renders the terminal report with verdict, bundle chart, smoke and fixes, errors first', () => {
    const text = renderCheckText([result]);
    expect(text).toContain('Worker api: needs-changes (2 errors, 1 warning, 1 note)');
    expect(text).toMatch(/█+░* +75\.0 % {2}express/);
    expect(text).toContain('smoke: GET /health → 200 (boot 120 ms, response 5 ms)');
    expect(text).toContain(
      'start-up: 1240 ms of 1000 ms (CPU, wrangler check startup) — over the limit',
    );
    expect(text.indexOf('W101')).toBeLessThan(text.indexOf('W704'));
    expect(text).toContain('fix: Use a container.');
  });

  it('escapes table cells and links rule docs in Markdown', () => {
    const table = renderDiagnosticsMarkdown(findings);
    expect(table).toContain('cache \\| kept in memory');
    expect(table).toContain('[W101](https://example.test/w101)');
    expect(table.split('\n')).toHaveLength(2 + findings.length);
    expect(renderCheckMarkdown([result], 3)).toContain('3 more findings are not annotated');
    expect(renderCheckMarkdown([result])).toContain(
      '**Start-up** 1240 ms of 1000 ms (CPU, wrangler check startup) — over the limit',
    );
  });

  it('caps annotations and counts the rest', () => {
    const { annotations, omitted } = toAnnotations(findings, 2);
    expect(annotations).toHaveLength(2);
    expect(omitted).toBe(2);
    expect(annotations[0]).toMatchObject({
      level: 'failure',
      file: 'src/b.js',
      startLine: 9,
      title: 'W101',
    });
  });
});

describe('SARIF', () => {
  it('is valid SARIF 2.1.0 with rule help and repo-relative locations', async () => {
    // The official schema, vendored from @microsoft/jest-sarif (MIT); it is draft-04, hence ajv-draft-04,
    // and one of its patterns is not valid as a unicode RegExp.
    const schema = JSON.parse(
      await readFile('test/support/sarif-2.1.0-rtm.5.json', 'utf8'),
    ) as object;
    const validate = new AjvDraft04.default({
      allErrors: true,
      strict: false,
      unicodeRegExp: false,
    }).compile(schema);
    const sarif = toSarif(
      findings.map((d) => (d.file ? { ...d, file: `examples/app/${d.file}` } : d)),
      {
        toolName: 'docker-to-workers',
        toolVersion: '0.1.0',
        informationUri: 'https://example.test',
        rules: RULES,
        defaultFile: 'examples/app/package.json',
      },
    );
    expect(validate({ version: '2.1.0', runs: [{ results: [] }] })).toBe(false); // the schema bites
    expect(validate(sarif), JSON.stringify(validate.errors, null, 2)).toBe(true);
    const run = (
      sarif.runs as {
        tool: { driver: { rules: { id: string; help: { text: string } }[] } };
        results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[];
      }[]
    )[0]!;
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual(['P050', 'W101', 'W302', 'W704']);
    expect(run.tool.driver.rules[1]!.help.text).toContain(RULES.W101.help);
    expect(run.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri)).toEqual([
      'examples/app/src/a.js',
      'examples/app/src/b.js',
      'examples/app/package.json',
      'examples/app/package.json',
    ]);
  });
});
