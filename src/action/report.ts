import * as core from '@actions/core';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, relative } from 'node:path';
import type { DeployResult, Diagnostic } from '../model/index.js';
import { prefixPaths, toAnnotations } from '../report/diagnostics.js';
import { sarifLog } from '../report/sarif.js';

export const OUTPUT_NAMES = [
  'deployment-url',
  'preview-url',
  'preview-alias-url',
  'version-id',
  'verdict',
  'environment',
  'command-output',
  'command-stderr',
  'dependencies-installed',
  'rollout-percentage',
  'rollout-decision',
  'rollout-figures',
] as const;
export type Outputs = Partial<Record<(typeof OUTPUT_NAMES)[number], string>>;

/**
 * Diagnostics name files relative to the app directory; annotations and SARIF need them relative to the
 * repository (the workspace), so a `working-directory` of `services/api` prefixes every path.
 */
export function relativeToWorkspace(
  diagnostics: Diagnostic[],
  workspace: string,
  appDir: string,
): Diagnostic[] {
  return prefixPaths(diagnostics, relative(workspace, appDir));
}

/** One annotation per finding, errors first, capped; returns how many were left out. */
export function annotate(diagnostics: Diagnostic[]): number {
  const { annotations, omitted } = toAnnotations(diagnostics);
  for (const a of annotations) {
    const properties = {
      title: a.title,
      file: a.file,
      startLine: a.startLine,
      startColumn: a.startColumn,
    };
    if (a.level === 'failure') core.error(a.message, properties);
    else if (a.level === 'warning') core.warning(a.message, properties);
    else core.notice(a.message, properties);
  }
  return omitted;
}

export async function writeSarif(
  path: string,
  diagnostics: Diagnostic[],
  defaultFile: string,
): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, sarifLog(diagnostics, defaultFile));
}

/** The action's outputs from deploy results: the first Worker's URLs (monorepo jobs run one app each). */
export function deployOutputs(results: DeployResult[]): Outputs {
  const first = results.find((r) => r.status === 'ready') ?? results[0];
  const joined = (pick: (r: DeployResult) => string) =>
    results
      .map(pick)
      .filter((text) => text !== '')
      .join('\n');
  return {
    'deployment-url': first?.deploymentUrl ?? first?.previewAliasUrl ?? first?.previewUrl ?? '',
    'preview-url': first?.previewUrl ?? '',
    'preview-alias-url': first?.previewAliasUrl ?? '',
    'version-id': first?.versionId ?? '',
    environment: first?.environment ?? '',
    'command-output': joined((r) => r.commandOutput),
    'command-stderr': joined((r) => r.commandStderr),
    ...rolloutOutputs(first),
  };
}

/** The first Worker's gradual rollout: final percentage, decision and each step's figures. */
function rolloutOutputs(result: DeployResult | undefined): Outputs {
  const rollout = result?.rollout;
  if (!rollout) return {};
  return {
    'rollout-percentage': String(rollout.finalPercentage),
    'rollout-decision': rollout.decision,
    'rollout-figures': JSON.stringify(
      rollout.steps.map((s) => ({
        percentage: s.percentage,
        outcome: s.outcome,
        judgedBy: s.judgedBy,
        new: s.newStats,
        old: s.oldStats,
      })),
    ),
  };
}

export function setOutputs(outputs: Outputs, redact: (text: string) => string): void {
  for (const name of OUTPUT_NAMES) {
    const value = outputs[name];
    if (value !== undefined) core.setOutput(name, redact(value));
  }
}

export async function writeSummary(
  markdown: string,
  redact: (text: string) => string,
): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  await core.summary.addRaw(redact(markdown), true).write();
}
