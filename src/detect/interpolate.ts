/**
 * Compose-style variable interpolation: `${VAR}`, `$VAR`, `${VAR:-default}`, `${VAR-default}`,
 * `${VAR:+alt}`, `${VAR:?error}` (nested in defaults too) and `$$` for a literal `$`.
 * `onMissing` is told about each variable that is not set and has no default.
 */
export function interpolate(
  value: string,
  vars: ReadonlyMap<string, string>,
  onMissing: (name: string) => void,
): string {
  let out = '';
  let i = 0;
  while (i < value.length) {
    const ch = value[i]!;
    if (ch !== '$') {
      out += ch;
      i++;
      continue;
    }
    const next = value[i + 1];
    if (next === '$') {
      out += '$';
      i += 2;
    } else if (next === '{') {
      const end = closingBrace(value, i + 2);
      if (end === -1) {
        out += value.slice(i);
        break;
      }
      out += expand(value.slice(i + 2, end), vars, onMissing);
      i = end + 1;
    } else {
      const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(value.slice(i + 1))?.[0];
      if (!name) {
        out += '$';
        i++;
        continue;
      }
      out += lookup(name, vars, onMissing);
      i += 1 + name.length;
    }
  }
  return out;
}

function closingBrace(value: string, from: number): number {
  let depth = 1;
  for (let i = from; i < value.length; i++) {
    if (value[i] === '{') depth++;
    else if (value[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

function expand(
  body: string,
  vars: ReadonlyMap<string, string>,
  onMissing: (name: string) => void,
): string {
  const match = /^([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+?])([\s\S]*))?$/.exec(body);
  if (!match) return '';
  const [, name, operator, operand = ''] = match as unknown as [string, string, string?, string?];
  const current = vars.get(name);
  const unsetOrEmpty = current === undefined || (operator?.startsWith(':') && current === '');
  switch (operator?.replace(':', '')) {
    case '-':
      return unsetOrEmpty ? interpolate(operand, vars, onMissing) : current!;
    case '+':
      return unsetOrEmpty ? '' : interpolate(operand, vars, onMissing);
    case '?':
      if (unsetOrEmpty) onMissing(name);
      return current ?? '';
    default:
      return lookup(name, vars, onMissing);
  }
}

function lookup(
  name: string,
  vars: ReadonlyMap<string, string>,
  onMissing: (name: string) => void,
): string {
  const current = vars.get(name);
  if (current === undefined) onMissing(name);
  return current ?? '';
}

export interface EnvFileEntry {
  name: string;
  value: string;
  line: number;
}

/**
 * Parses a `.env` / `env_file` file as compose does: `KEY=value`, optional `export`, comments,
 * single quotes literal, double quotes with escapes; values may use earlier variables.
 */
export function parseEnvFile(
  text: string,
  onMissing: (name: string, line: number) => void,
): EnvFileEntry[] {
  const entries: EnvFileEntry[] = [];
  const vars = new Map<string, string>();
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const match = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*(.*)$/.exec(raw);
    if (!match) return;
    const [, name, rest] = match as unknown as [string, string, string];
    let value: string;
    if (rest.startsWith("'"))
      value = rest.slice(1, rest.indexOf("'", 1) === -1 ? undefined : rest.indexOf("'", 1));
    else {
      const quoted = rest.startsWith('"');
      const body = quoted
        ? rest
            .slice(1, rest.lastIndexOf('"') > 0 ? rest.lastIndexOf('"') : undefined)
            .replace(/\\n/g, '\n')
            .replace(/\\"/g, '"')
        : rest.replace(/\s+#.*$/, '').trim();
      value = interpolate(body, vars, (missing) => onMissing(missing, line));
    }
    vars.set(name, value);
    entries.push({ name, value, line });
  });
  return entries;
}
