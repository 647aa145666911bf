import { LineCounter, parseDocument, type Document } from 'yaml';

export type YamlRead =
  | { ok: true; value: unknown; document: Document; lines: LineCounter }
  | { ok: false; message: string; line?: number };

/**
 * Parses YAML text into a value, never throwing: a syntax error gives its message and line, and an
 * alias bomb ("billion laughs": aliases of aliases that expand exponentially) is refused when the
 * `yaml` package's alias budget is spent (`maxAliasCount`, https://eemeli.org/yaml/#tojs-options).
 */
export function readYaml(text: string, options: { uniqueKeys?: boolean } = {}): YamlRead {
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines, ...options });
  const error = document.errors[0];
  if (error) {
    const line = error.linePos?.[0]?.line;
    return { ok: false, message: error.message.split('\n')[0]!, ...(line ? { line } : {}) };
  }
  try {
    return { ok: true, value: document.toJS({ maxAliasCount: 100 }), document, lines };
  } catch (error) {
    const excessive = /alias count/i.test((error as Error).message);
    return {
      ok: false,
      message: excessive
        ? 'its aliases expand to too many nodes (a YAML alias bomb?)'
        : (error as Error).message.split('\n')[0]!,
    };
  }
}
