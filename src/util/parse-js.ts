import { parse, type Program } from 'acorn';

/** Parses JavaScript as an ES module, falling back to a sloppy-mode script (older CommonJS). */
export function parseJs(code: string): Program | null {
  const common = {
    ecmaVersion: 'latest',
    allowHashBang: true,
    allowReturnOutsideFunction: true,
    allowAwaitOutsideFunction: true,
    allowImportExportEverywhere: true,
  } as const;
  try {
    return parse(code, { ...common, sourceType: 'module' });
  } catch {
    try {
      return parse(code, { ...common, sourceType: 'script' });
    } catch {
      return null;
    }
  }
}

/** Offset → 1-based line/column, built lazily (only files with findings pay for it). */
export class LineIndex {
  private starts: number[] | null = null;

  constructor(private readonly code: string) {}

  position(offset: number): { line: number; column: number } {
    if (!this.starts) {
      this.starts = [0];
      for (let i = this.code.indexOf('\n'); i !== -1; i = this.code.indexOf('\n', i + 1)) {
        this.starts.push(i + 1);
      }
    }
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - this.starts[low]! + 1 };
  }
}
