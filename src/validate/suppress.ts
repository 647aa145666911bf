import type { Diagnostic } from '../model/index.js';
import { finding } from './rules.js';

const IGNORE = /docker-to-workers-ignore\s+((?:W\d{3}[\s,]*)+)/;

/**
 * Rule ids silenced per line by `// docker-to-workers-ignore W101[, W202]`, on the line itself or the
 * line just above. Returns a predicate over (rule, 1-based line).
 */
export function inlineSuppressions(source: string): (rule: string, line: number) => boolean {
  if (!source.includes('docker-to-workers-ignore')) return () => false;
  const byLine = new Map<number, Set<string>>();
  source.split('\n').forEach((text, index) => {
    const match = IGNORE.exec(text);
    if (match) byLine.set(index + 1, new Set(match[1]!.match(/W\d{3}/g)));
  });
  return (rule, line) => Boolean(byLine.get(line)?.has(rule) || byLine.get(line - 1)?.has(rule));
}

/**
 * An allow-list entry: `W704` (everywhere), `W302:ajv` (one package) or `W107:src/logs.js` (one file).
 */
export function allowed(diagnostic: Diagnostic, allowList: string[]): string | null {
  for (const entry of allowList) {
    const [rule, scope] = entry.split(':');
    if (rule !== diagnostic.ruleId) continue;
    if (!scope || scope === diagnostic.package || scope === diagnostic.file) return entry;
  }
  return null;
}

/** Removes allowed findings and reports each as a W003 note, so a suppression is never silent. */
export function applyAllowList(diagnostics: Diagnostic[], allowList: string[]): Diagnostic[] {
  if (allowList.length === 0) return diagnostics;
  return diagnostics.map((d) => {
    const entry = allowed(d, allowList);
    if (!entry || d.ruleId === 'W003') return d;
    return suppressedNote(d, `allow list entry '${entry}'`);
  });
}

export function suppressedNote(d: Diagnostic, by: string): Diagnostic {
  return finding('W003', `${d.ruleId} suppressed by ${by}: ${d.message}`, {
    file: d.file,
    line: d.line,
    package: d.package,
  });
}
