import type { Document, LineCounter } from 'yaml';
import type { SourceRef } from '../model/index.js';
import { sourceRef } from '../model/index.js';
import { toList, type ComposeObject } from './compose-merge.js';

/** One compose file as parsed (for lines) and as interpolated with `extends` resolved (for values). */
export interface LoadedFile {
  path: string;
  document: Document;
  lines: LineCounter;
  /** The file's value, interpolated. */
  raw: ComposeObject;
  services: Record<string, ComposeObject>;
}

/** `file:line` of a key path, from the last file that defines it (the one whose value won). */
export function locate(files: LoadedFile[], path: (string | number)[]): SourceRef {
  for (let depth = path.length; depth > 0; depth--) {
    const found = locateOptional(files, path.slice(0, depth));
    if (found) return found;
  }
  return files.at(-1)?.path ?? '';
}

export function locateOptional(files: LoadedFile[], path: (string | number)[]): SourceRef | null {
  for (const file of [...files].reverse()) {
    // A map key's own line first (`web:`), then the node's (list items, which have no key).
    const found = keyLine(file, path);
    if (found) return found;
    const node = file.document.getIn(path, true) as
      { range?: [number, number, number] } | undefined;
    if (node?.range) return sourceRef(file.path, file.lines.linePos(node.range[0]).line);
  }
  return null;
}

/** Line of a map key (also when its value is empty, `uploads:`, which getIn has no node for). */
function keyLine(file: LoadedFile, path: (string | number)[]): SourceRef | null {
  const parent = file.document.getIn(path.slice(0, -1), true) as
    { items?: { key?: { value?: unknown; range?: [number, number, number] } }[] } | undefined;
  const item = parent?.items?.find((i) => i.key?.value === path.at(-1));
  return item?.key?.range ? sourceRef(file.path, file.lines.linePos(item.key.range[0]).line) : null;
}

/** A merged list item traced back to the file and index it came from (indices shift when files merge). */
export function locateItem(
  files: LoadedFile[],
  service: string,
  key: string,
  matches: (item: unknown) => boolean,
): SourceRef {
  for (const file of [...files].reverse()) {
    const index = toList(file.services[service]?.[key]).findIndex(matches);
    if (index !== -1) {
      const found = locateOptional([file], ['services', service, key, index]);
      if (found) return found;
    }
  }
  return locate(files, ['services', service, key]);
}
