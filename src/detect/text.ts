/** 1-based line number of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** 1-based line of the first match of `pattern`, or undefined. */
export function lineOf(text: string, pattern: RegExp): number | undefined {
  const match = pattern.exec(text);
  return match ? lineAt(text, match.index) : undefined;
}

/**
 * Splits a shell command into words the way /bin/sh would for simple commands: quotes and
 * backslashes are honoured; `&&`, `||` and `;` become separate words so callers can split chains.
 */
export function splitShellWords(command: string): string[] {
  const words: string[] = [];
  let current = '';
  let inWord = false;
  let quote: '"' | "'" | null = null;
  for (let i = 0; i < command.length; i++) {
    const ch = command[i]!;
    if (quote) {
      if (ch === quote) quote = null;
      else if (ch === '\\' && quote === '"' && i + 1 < command.length) current += command[++i];
      else current += ch;
      continue;
    }
    if (ch === '"' || ch === "'") {
      quote = ch;
      inWord = true;
    } else if (ch === '\\' && i + 1 < command.length) {
      current += command[++i];
      inWord = true;
    } else if (/\s/.test(ch)) {
      if (inWord) words.push(current);
      current = '';
      inWord = false;
    } else if (ch === ';' || ((ch === '&' || ch === '|') && command[i + 1] === ch)) {
      if (inWord) words.push(current);
      words.push(ch === ';' ? ';' : ch + ch);
      if (ch !== ';') i++;
      current = '';
      inWord = false;
    } else {
      current += ch;
      inWord = true;
    }
  }
  if (inWord) words.push(current);
  return words;
}

/** Joins argv back into one readable command line, quoting only where needed. */
export function joinShellWords(argv: string[]): string {
  return argv
    .map((word) => (/^[\w@%+=:,./-]+$/.test(word) ? word : JSON.stringify(word)))
    .join(' ');
}

/** `file:line` → `{ file, line }` for a diagnostic. */
export function splitRef(ref: string): { file: string; line?: number } {
  const match = /^(.*):(\d+)$/.exec(ref);
  return match ? { file: match[1]!, line: Number(match[2]) } : { file: ref };
}
