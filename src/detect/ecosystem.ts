import { lineAt } from './text.js';

/** The first app of a pm2 ecosystem file, as the command pm2 runs, and the line of its `script`. */
export interface EcosystemApp {
  command: string;
  line: number;
}

/** `script: './dist/server.js'` in JS, `"script": "…"` in JSON, `script: dist/server.js` in YAML. */
const SCRIPT = /["']?\bscript["']?\s*:\s*["'`]?([^"'`,\s}]+)/;
const ARGS = /["']?\bargs["']?\s*:\s*(?:["'`]([^"'`]*)["'`]|([^\s,}[\]][^\n,}]*))/;
const INTERPRETER = /["']?\binterpreter["']?\s*:\s*["'`]?([^"'`,\s}]+)/;

/**
 * Reads the first app's `script`, `args` and `interpreter` from a pm2 ecosystem file (JS, JSON or
 * YAML: https://pm2.keymetrics.io/docs/usage/application-declaration/) by pattern, without running it.
 */
export function ecosystemApp(text: string): EcosystemApp | null {
  const script = SCRIPT.exec(text);
  if (!script?.[1]) return null;
  // Only the keys of the same app: up to the next `script`.
  const rest = text.slice(script.index + script[0].length);
  const app = rest.slice(0, SCRIPT.exec(rest)?.index ?? rest.length);
  const before = text.slice(0, script.index);
  const appStart = Math.max(before.lastIndexOf('{'), before.lastIndexOf('- '));
  const head = before.slice(appStart === -1 ? 0 : appStart);
  const args = ARGS.exec(head + app);
  const interpreter = INTERPRETER.exec(head + app)?.[1];
  const file = script[1];
  const runner =
    interpreter && interpreter !== 'none'
      ? [interpreter]
      : /^(?:npm|pnpm|yarn|bun)$/.test(file)
        ? []
        : ['node'];
  const argText = (args?.[1] ?? args?.[2] ?? '').trim();
  return {
    command: [...runner, file, ...(argText ? [argText] : [])].join(' '),
    line: lineAt(text, script.index),
  };
}
