/**
 * Markdown helpers for text we do not control (PR titles, branch names, wrangler messages, names from
 * the user's repository): escaped so it cannot add Markdown, HTML, table cells or @mentions.
 */

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '|': '&#124;',
  '`': '&#96;',
};

const MARKDOWN_PUNCTUATION = /[\\*_[\]()#!~{}+\-.:=]/;

const MAX_INLINE_LENGTH = 300;

/** One line of plain text, safe anywhere inline (also inside a table cell). */
export function escapeInline(text: string, maxLength = MAX_INLINE_LENGTH): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  const clipped = oneLine.length > maxLength ? `${oneLine.slice(0, maxLength - 1)}…` : oneLine;
  let out = '';
  for (const char of clipped) {
    if (char in ENTITIES) out += ENTITIES[char];
    else if (char === '@')
      out += '@&#8203;'; // a zero-width space after @ stops the mention
    else if (MARKDOWN_PUNCTUATION.test(char)) out += `\\${char}`;
    else out += char;
  }
  return out;
}

/** A link for an http(s) URL, or escaped text when it is anything else. */
export function link(url: string | null, label?: string): string {
  if (!url) return '—';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return escapeInline(url);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return escapeInline(url);
  const href = parsed.href.replace(
    /[()<>"'|\s`]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
  return `[${escapeInline(label ?? parsed.host + parsed.pathname.replace(/\/$/, ''))}](${href})`;
}

export function formatBytes(bytes: number | null): string {
  if (bytes === null) return '—';
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(2)} MiB`;
}

export function formatMs(ms: number | null): string {
  return ms === null ? '—' : `${Math.round(ms)} ms`;
}

/** Growth beyond this share of the production value is flagged. */
const NOTABLE_GROWTH = 0.25;

/** `+12%` / `-3%` against a baseline, flagged when it grows notably; `—` without one. */
export function formatChange(value: number | null, baseline: number | null): string {
  if (value === null || baseline === null || baseline === 0) return '—';
  const change = (value - baseline) / baseline;
  const percent = `${change >= 0 ? '+' : ''}${Math.round(change * 100)}%`;
  return change > NOTABLE_GROWTH ? `${percent} ⚠️` : percent;
}

/** `<details>` with a Markdown body (blank lines keep GitHub rendering Markdown inside). */
export function details(summary: string, body: string): string {
  return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}

export function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
