import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Diagnostic } from '../model/index.js';
import { findPackageDir } from '../toolchain/packages.js';
import type { Wrangler } from '../toolchain/wrangler.js';
import type { BundleInput } from './bundle.js';
import {
  CODEGEN_LIBRARIES,
  CPU_HEAVY_PACKAGES,
  NATIVE_ALTERNATIVES,
  NATIVE_LOADERS,
  HARMLESS_CODEGEN,
} from './known-packages.js';
import { finding, type Where } from './rules.js';
import { resolveSpecifier } from '../plan/graph.js';
import {
  scanModule,
  startupFindings,
  type RawFinding,
  type ScanOptions,
  type StartupSummary,
} from './scanner.js';
import { readScannable, readText, type ScannableSource } from './sources.js';
import { inlineSuppressions, suppressedNote } from './suppress.js';

export interface ScanContext {
  root: string;
  /** The service directory (where its package.json is). */
  dir: string;
  wrangler: Wrangler;
  scan: Omit<ScanOptions, 'userCode'>;
}

export interface BundleScan {
  diagnostics: Diagnostic[];
  listenPorts: string[];
  /** Concatenated user sources (for library opt-outs such as mysql2's `disableEval`). */
  userText: string;
  bytesScanned: number;
}

const toDiagnostic = (f: RawFinding, where: Where) =>
  finding(f.rule, f.message, where, {
    ...(f.fix ? { fix: f.fix } : {}),
    ...(f.severity ? { severity: f.severity } : {}),
  });

/** The app's own modules: every finding at its file:line, honouring inline suppressions. */
async function scanUserFiles(files: string[], ctx: ScanContext, out: BundleScan): Promise<void> {
  const startup = new Map<string, StartupSummary>();
  const suppressions = new Map<string, ReturnType<typeof inlineSuppressions>>();
  const push = (f: RawFinding, where: Where & { file: string; line: number }) => {
    const diagnostic = toDiagnostic(f, where);
    const suppressed = suppressions.get(where.file)?.(f.rule, where.line);
    out.diagnostics.push(suppressed ? suppressedNote(diagnostic, 'an inline comment') : diagnostic);
  };
  for (const path of files) {
    const file = relative(ctx.root, path);
    const source = await readScannable(path, ctx.wrangler).catch((error: unknown) => {
      const reason = (error instanceof Error ? error.message : String(error)).split('\n')[1] ?? '';
      out.diagnostics.push(
        finding('W004', `${file} could not be transformed for scanning: ${reason.trim()}`, {
          file,
        }),
      );
      return null;
    });
    if (!source) continue;
    out.bytesScanned += source.code.length;
    out.userText += source.original;
    const result = scanModule(source.code, { ...ctx.scan, userCode: true });
    if (!result.parsed) {
      out.diagnostics.push(
        finding('W004', `${file} could not be parsed, so it was not scanned`, { file }),
      );
    }
    out.listenPorts.push(...result.listenPorts);
    suppressions.set(file, inlineSuppressions(source.original));
    for (const f of result.findings) {
      push(f, { file, line: source.originalLine(f.line, f.column), column: f.column });
    }
    if (result.startup) startup.set(file, originalLines(result.startup, source));
  }
  const known = new Set(startup.keys());
  const resolve = (from: string, specifier: string) =>
    resolveSpecifier(from, specifier, known, { baseUrl: null, paths: {} });
  for (const { file, work, chain } of startupFindings(startup, resolve)) {
    const how = work.rule === 'W202' ? ': "Disallowed operation called within global scope"' : '';
    push(
      {
        rule: work.rule,
        message: `${work.what} at start-up${how}, reached from the module's load: ${chain.join(' → ')}`,
        line: work.line,
        column: work.column,
        ...(work.fix ? { fix: work.fix } : {}),
      },
      { file, line: work.line, column: work.column },
    );
  }
}

/** The summary with positions in the original file (TypeScript sources are scanned compiled). */
function originalLines(summary: StartupSummary, source: ScannableSource): StartupSummary {
  const map = <T extends { line: number; column: number }>(at: T): T => ({
    ...at,
    line: source.originalLine(at.line, at.column),
  });
  return {
    exports: summary.exports,
    roots: summary.roots.map(map),
    functions: new Map(
      [...summary.functions].map(([name, fn]) => [
        name,
        { work: fn.work.map(map), calls: fn.calls.map(map) },
      ]),
    ),
  };
}

/** Dependencies: one diagnostic per package and rule, naming the first place and the count. */
async function scanDependencies(
  byPackage: Map<string, string[]>,
  ctx: ScanContext,
  out: BundleScan,
): Promise<void> {
  for (const [pkg, files] of byPackage) {
    const grouped = new Map<string, { first: RawFinding; file: string; count: number }>();
    for (const path of files) {
      const code = readText(path);
      if (code === null) continue;
      out.bytesScanned += code.length;
      for (const f of scanModule(code, { ...ctx.scan, userCode: false }).findings) {
        if (f.rule === 'W301' && (pkg in HARMLESS_CODEGEN || pkg in CODEGEN_LIBRARIES)) continue;
        // A guarded call (a note) and an unguarded one of the same rule are reported apart.
        const key = `${f.rule}:${f.severity ?? ''}`;
        const entry = grouped.get(key);
        if (entry) entry.count++;
        else grouped.set(key, { first: f, file: relative(ctx.root, path), count: 1 });
      }
    }
    for (const { first, file, count } of grouped.values()) {
      const more =
        count > 1 ? ` (and ${count - 1} more place${count > 2 ? 's' : ''} in ${pkg})` : '';
      out.diagnostics.push(
        toDiagnostic(
          { ...first, message: `${pkg}: ${first.message}${more}` },
          { file, line: first.line, column: first.column, package: pkg },
        ),
      );
    }
  }
}

interface Manifest {
  dependencies?: Record<string, string>;
  gypfile?: boolean;
}

async function manifest(dir: string): Promise<Manifest | null> {
  return readFile(join(dir, 'package.json'), 'utf8')
    .then((t) => JSON.parse(t) as Manifest)
    .catch(() => null);
}

/** True when the installed package ships a compiled addon (binding.gyp, gypfile, or a native loader). */
async function isNative(name: string, fromDir: string): Promise<boolean> {
  if (name in NATIVE_ALTERNATIVES) return true;
  const dir = await findPackageDir(fromDir, name);
  if (!dir) return false;
  const pkg = await manifest(dir);
  const gyp = await readFile(join(dir, 'binding.gyp')).then(
    () => true,
    () => false,
  );
  return (
    gyp ||
    pkg?.gypfile === true ||
    Object.keys(pkg?.dependencies ?? {}).some((d) => NATIVE_LOADERS.has(d))
  );
}

/** Package-level rules: native addons, run-time code generators, CPU-heavy libraries. */
async function packageFindings(
  packages: Set<string>,
  ctx: ScanContext,
  out: BundleScan,
): Promise<void> {
  const declared = Object.keys((await manifest(ctx.dir))?.dependencies ?? {});
  const file = relative(ctx.root, join(ctx.dir, 'package.json'));
  for (const name of new Set([...declared, ...packages])) {
    if (await isNative(name, ctx.dir)) {
      const alternative = NATIVE_ALTERNATIVES[name];
      out.diagnostics.push(
        finding(
          'W401',
          `${name} ships a native addon (.node), which cannot load on Workers`,
          { file, package: name },
          {
            fix: alternative
              ? `Replace ${name} with ${alternative}.`
              : 'Replace it with a pure-JavaScript/WebAssembly package, or use the Container target.',
          },
        ),
      );
    }
  }
  for (const name of packages) {
    const library = CODEGEN_LIBRARIES[name];
    if (library && !(library.disabledBy && out.userText.includes(library.disabledBy))) {
      out.diagnostics.push(
        finding(
          'W302',
          `${name} generates ${library.what} (EvalError on Workers)`,
          { package: name },
          { fix: library.fix },
        ),
      );
    }
    const heavy = CPU_HEAVY_PACKAGES[name];
    if (heavy) {
      out.diagnostics.push(
        finding(
          'W601',
          `${name} does ${heavy}: likely over ${ctx.scan.cpuMsPerRequest} ms of CPU per request`,
          { package: name },
        ),
      );
    }
  }
}

const SOURCE_FILE = /\.(?:m|c)?[jt]sx?$/;
const NOT_SOURCE =
  /(?:^|\/)(?:node_modules|\.[^/]+|dist|build|test|tests|__tests__)\/|\.(?:test|spec|d)\.[^/]+$/;

/**
 * The app's modules when there is no bundle to list them: the entry's import graph plan recorded
 * (files the Worker never runs are not scanned), or for a plan saved without it, the service's sources.
 */
export async function plannedSources(
  root: string,
  worker: { dir: string; sources?: string[] },
): Promise<BundleInput[]> {
  const input = (path: string) => ({ path, package: null, bytesInOutput: 0 });
  if (worker.sources) return worker.sources.map((file) => input(join(root, file)));
  const dir = join(root, worker.dir);
  const names = await readdir(dir, { recursive: true }).catch(() => [] as string[]);
  return names
    .filter((name) => SOURCE_FILE.test(name) && !NOT_SOURCE.test(name.split('\\').join('/')))
    .map((name) => input(join(dir, name)));
}

/** Scans what the bundle contains: the app's files, then its dependencies grouped per package. */
export async function scanBundle(
  inputs: BundleInput[],
  excludeDir: string,
  ctx: ScanContext,
): Promise<BundleScan> {
  const out: BundleScan = { diagnostics: [], listenPorts: [], userText: '', bytesScanned: 0 };
  const userFiles: string[] = [];
  const byPackage = new Map<string, string[]>();
  for (const input of inputs) {
    if (input.path.startsWith(excludeDir)) continue;
    if (input.package === null) userFiles.push(input.path);
    else byPackage.set(input.package, [...(byPackage.get(input.package) ?? []), input.path]);
  }
  await scanUserFiles([...new Set(userFiles)], ctx, out);
  await scanDependencies(byPackage, ctx, out);
  await packageFindings(new Set(byPackage.keys()), ctx, out);
  return out;
}
