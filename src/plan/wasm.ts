import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AppModel, ReportRow } from '../model/index.js';
import type { WasmFile } from './sources.js';

/** A Rust crate built with workers-rs (`worker` crate): it already is a Worker, built by worker-build. */
export async function usesWorkersRs(app: AppModel): Promise<boolean> {
  if (app.runtime !== 'rust') return false;
  const cargo = await readFile(join(app.root, 'Cargo.toml'), 'utf8').catch(() => '');
  return /^\s*worker\s*=/m.test(cargo);
}

function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

/** Existing Wasm modules are kept as modules; their size counts toward the script limit, so wasm-opt them. */
export function wasmRows(wasm: WasmFile[]): ReportRow[] {
  return wasm.map((file) => ({
    key: `wasm ${file.path} (${kib(file.bytes)})`,
    source: file.path,
    outcome: 'converted',
    became: 'a CompiledWasm module imported by the bundle',
    why: `kept as is; run \`wasm-opt -Oz ${file.path} -o ${file.path}\` before deploying (it counts toward the 64 MiB Worker size limit)`,
  }));
}
