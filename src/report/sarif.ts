import pkg from '../../package.json' with { type: 'json' };
import type { Diagnostic, Severity } from '../model/index.js';
import { RULES } from '../validate/rules.js';

/** SARIF 2.1.0 for GitHub code scanning. Pure: the caller writes the JSON where it wants. */

export interface SarifRuleInfo {
  title: string;
  help: string;
  fix?: string;
  docs?: string;
  severity?: Severity;
}

export interface SarifOptions {
  toolName: string;
  toolVersion: string;
  informationUri?: string;
  /** Rule id → description; ids not listed get a minimal entry. */
  rules: Record<string, SarifRuleInfo>;
  /** Where findings without a file are placed (e.g. the app's package.json), relative to the repo root. */
  defaultFile: string;
}

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  note: 'note',
};

function toUri(path: string): string {
  return path.split('\\').join('/').replace(/^\.\//, '');
}

export function toSarif(diagnostics: Diagnostic[], options: SarifOptions): Record<string, unknown> {
  const ids = [...new Set(diagnostics.map((d) => d.ruleId))].sort();
  const rules = ids.map((id) => {
    const info = options.rules[id];
    const sample = diagnostics.find((d) => d.ruleId === id);
    const text = info
      ? `${info.help}${info.fix ? `\n\nFix: ${info.fix}` : ''}`
      : (sample?.fix ?? id);
    return {
      id,
      name: id,
      shortDescription: { text: info?.title ?? id },
      fullDescription: { text: info?.help ?? sample?.message ?? id },
      ...((info?.docs ?? sample?.docs) ? { helpUri: info?.docs ?? sample?.docs } : {}),
      help: {
        text,
        markdown: `${text}${info?.docs ? `\n\n[Documentation](${info.docs})` : ''}`,
      },
      defaultConfiguration: { level: LEVEL[info?.severity ?? sample?.severity ?? 'warning'] },
    };
  });
  const results = diagnostics.map((d) => ({
    ruleId: d.ruleId,
    ruleIndex: ids.indexOf(d.ruleId),
    level: LEVEL[d.severity],
    message: {
      text: `${d.package && !d.message.startsWith(d.package) ? `${d.package}: ` : ''}${d.message}${d.fix ? `\nFix: ${d.fix}` : ''}`,
    },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: toUri(d.file ?? options.defaultFile), uriBaseId: '%SRCROOT%' },
          region: { startLine: d.line ?? 1, ...(d.column ? { startColumn: d.column } : {}) },
        },
      },
    ],
  }));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: options.toolName,
            version: options.toolVersion,
            ...(options.informationUri ? { informationUri: options.informationUri } : {}),
            rules,
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The repository root.' } } },
        results,
      },
    ],
  };
}

/** Our SARIF log: this tool, its version and its rule table; paths already relative to the repository. */
export function sarifLog(diagnostics: Diagnostic[], defaultFile: string): string {
  const log = toSarif(diagnostics, {
    toolName: 'docker-to-workers',
    toolVersion: pkg.version,
    rules: RULES,
    defaultFile,
  });
  return `${JSON.stringify(log, null, 2)}\n`;
}
