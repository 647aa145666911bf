import { applyEdits, modify, parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { UserError } from '../errors.js';
import type { WranglerConfig } from '../model/index.js';

const FORMAT = { formattingOptions: { insertSpaces: true, tabSize: 2, eol: '\n' } };

function commentLines(text: string): string {
  return text
    .split('\n')
    .map((line) => `  // ${line}`)
    .join('\n');
}

/**
 * Writes the config through jsonc-parser (key by key, so the output is what jsonc-parser itself
 * produces and re-parses), then puts each key's comment on the line above it.
 */
export function renderJsonc(
  config: WranglerConfig,
  comments: Record<string, string>,
  header: string,
): string {
  let text = '{}';
  for (const [key, value] of Object.entries(config)) {
    text = applyEdits(text, modify(text, [key], value, FORMAT));
  }
  const lines = text.split('\n').flatMap((line) => {
    const key = /^ {2}"([^"]+)":/.exec(line)?.[1];
    return key && comments[key] ? [commentLines(comments[key]), line] : [line];
  });
  return `${header
    .split('\n')
    .map((l) => `// ${l}`)
    .join('\n')}\n${lines.join('\n')}\n`;
}

/** Parses JSON with comments and trailing commas; a syntax error names file:line. */
export function parseJsonc(text: string, file: string): WranglerConfig {
  const errors: ParseError[] = [];
  const value = parse(text, errors, { allowTrailingComma: true }) as unknown;
  const error = errors[0];
  if (error) {
    const line = text.slice(0, error.offset).split('\n').length;
    throw new UserError(`${file} is not valid JSONC: ${printParseErrorCode(error.error)}`, {
      file,
      line,
      fix: 'Fix the syntax (wrangler reads the same file).',
    });
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new UserError(`${file} must hold a JSON object.`, {
      file,
      fix: 'Make the top level an object.',
    });
  }
  return value as WranglerConfig;
}
