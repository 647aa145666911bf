import { applyEdits, findNodeAtLocation, modify, parseTree, type JSONPath } from 'jsonc-parser';
import type { PackageManager } from '../model/index.js';

/** What `plan --write` adds to the service's package.json so a fresh install builds the Worker. */
export interface PackageEdits {
  /** Remedies as version overrides (what the generated build aliases to vendored copies). */
  overrides: Record<string, string>;
  /** Packages the entry shim imports (e.g. the container router's library). */
  dependencies: Record<string, string>;
  /** `cloudflare.bindings.<NAME>.description`, shown by the Deploy to Cloudflare button. */
  descriptions: Record<string, string>;
}

/** Where each package manager reads version overrides (npm and bun: `overrides`; yarn: `resolutions`). */
function overridesPath(manager: PackageManager | null): JSONPath {
  if (manager === 'pnpm') return ['pnpm', 'overrides'];
  if (manager === 'yarn') return ['resolutions'];
  return ['overrides'];
}

/** The user's own indentation and line ends, so the edit changes only the lines it adds. */
function formatOf(text: string): { insertSpaces: boolean; tabSize: number; eol: string } {
  const indent = /\n([ \t]+)"/.exec(text)?.[1] ?? '  ';
  return {
    insertSpaces: !indent.startsWith('\t'),
    tabSize: indent.startsWith('\t') ? 1 : indent.length,
    eol: text.includes('\r\n') ? '\r\n' : '\n',
  };
}

/**
 * Adds each missing key with jsonc-parser's edits (formatting and key order kept); keys the user
 * already has are left as they are. Returns the new text and the paths it added.
 */
export function editPackageJson(
  text: string,
  manager: PackageManager | null,
  edits: PackageEdits,
): { text: string; added: string[] } {
  const wanted: [JSONPath, string][] = [
    ...Object.entries(edits.overrides).map(([name, version]): [JSONPath, string] => [
      [...overridesPath(manager), name],
      version,
    ]),
    ...Object.entries(edits.dependencies).map(([name, version]): [JSONPath, string] => [
      ['dependencies', name],
      version,
    ]),
    ...Object.entries(edits.descriptions).map(([name, description]): [JSONPath, string] => [
      ['cloudflare', 'bindings', name, 'description'],
      description,
    ]),
  ];
  const formattingOptions = formatOf(text);
  const added: string[] = [];
  let result = text;
  for (const [path, value] of wanted) {
    if (findNodeAtLocation(parseTree(result) ?? { type: 'null', offset: 0, length: 0 }, path))
      continue;
    result = applyEdits(result, modify(result, path, value, { formattingOptions }));
    added.push(path.join('.'));
  }
  return { text: result, added };
}
