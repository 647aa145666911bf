/** One finding from any stage. The same list drives CLI output, annotations, SARIF and summaries. */
export type Severity = 'error' | 'warning' | 'note';

export interface Diagnostic {
  /** Stable rule id, e.g. `D001` (detect), `P101` (plan), `W101` (validate), `C001` (provision). */
  ruleId: string;
  severity: Severity;
  message: string;
  /** Path relative to the repository root given to the stage. */
  file?: string;
  line?: number;
  column?: number;
  /** For findings inside dependencies: the npm package they come from. */
  package?: string;
  /** What to do about it, in one sentence. */
  fix?: string;
  /** A link with more detail. */
  docs?: string;
}

/** `file:line` (or just `file`) — where a fact was read. */
export type SourceRef = string;

export function sourceRef(file: string, line?: number): SourceRef {
  return line === undefined ? file : `${file}:${line}`;
}
