import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Diagnostic } from '../model/index.js';
import { findPackageDir } from '../toolchain/packages.js';
import type { Wrangler } from '../toolchain/wrangler.js';
import { packageOf, type BundleInput } from './bundle.js';
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
import { bundledOrigin, readScannable, readText, type ScannableSource } from './sources.js';
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
  /** Of `diagnostics`: stub server constructors in dependencies, which a clean start shows did not run. */
  serverConstructors: Diagnostic[];
}

const toDiagnostic = (f: RawFinding, where: Where) =>
  finding(f.rule, f.message, where, {
    ...(f.fix ? { fix: f.fix } : {}),
    ...(f.severity ? { severity: f.severity } : {}),
  });

/** A finding in a dependency's code, at its file (relative to the root). */
interface DependencyFinding {
  pkg: string;
  file: string;
  finding: RawFinding;
}

/**
 * The app's own modules: every finding at its file:line, honouring inline suppressions. Dependency
 * code the app's build inlined into its output (its source map says so) gets the library rules at
 * its original file instead, returned for grouping with the other dependencies.
 */
async function scanUserFiles(
  files: string[],
  ctx: ScanContext,
  out: BundleScan,
): Promise<DependencyFinding[]> {
  const inlined: DependencyFinding[] = [];
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
    const origin = bundledOrigin(path, source.code);
    const dependencyAt = (f: RawFinding) => {
      const from = origin?.(f.line, f.column);
      const pkg = from ? packageOf(from.path) : null;
      return from && pkg ? { ...from, pkg, file: relative(ctx.root, from.path) } : null;
    };
    for (const f of result.findings) {
      if (dependencyAt(f)) continue;
      push(f, { file, line: source.originalLine(f.line, f.column), column: f.column });
    }
    if (origin) {
      for (const f of scanModule(source.code, { ...ctx.scan, userCode: false }).findings) {
        const at = dependencyAt(f);
        if (at) {
          const { line, column } = at;
          inlined.push({ pkg: at.pkg, file: at.file, finding: { ...f, line, column } });
        }
      }
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
  return inlined;
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

/**
 * A finding inside a function of a package the app does not import itself: it runs only on the paths
 * where another package calls that function (pino's fast-redact only with `redact` paths, an APM agent's
 * metrics only once it is active), which the scan cannot see; the smoke boot covers start-up.
 */
function onlyThroughOtherPackages(f: RawFinding, pkg: string): RawFinding {
  return {
    ...f,
    severity: 'note',
    message: `${f.message}, only if called then: it sits in a function of ${pkg}, which the app does not import itself (other packages call it, on paths the scan cannot follow)`,
    fix: `Nothing to do unless a request fails with this error: its stack names the package calling ${pkg}; avoid that feature of it.`,
  };
}

/** The findings in the bundle's dependency files, with the library rules. */
function scanDependencies(
  byPackage: Map<string, string[]>,
  ctx: ScanContext,
  out: BundleScan,
): DependencyFinding[] {
  const found: DependencyFinding[] = [];
  for (const [pkg, files] of byPackage) {
    for (const path of files) {
      const code = readText(path);
      if (code === null) continue;
      out.bytesScanned += code.length;
      for (const f of scanModule(code, { ...ctx.scan, userCode: false }).findings)
        found.push({ pkg, file: relative(ctx.root, path), finding: f });
    }
  }
  return found;
}

/** Dependencies: one diagnostic per package and rule, naming the first place and the count. */
function reportDependencies(
  found: DependencyFinding[],
  importedByApp: Set<string>,
  out: BundleScan,
): void {
  const grouped = new Map<
    string,
    { pkg: string; first: RawFinding; file: string; count: number }
  >();
  for (const { pkg, file, finding: raw } of found) {
    if (raw.rule === 'W301' && (pkg in HARMLESS_CODEGEN || pkg in CODEGEN_LIBRARIES)) continue;
    const indirect = raw.deferred && raw.severity !== 'note' && !importedByApp.has(pkg);
    const f = indirect ? onlyThroughOtherPackages(raw, pkg) : raw;
    // A guarded call (a note) and an unguarded one of the same rule are reported apart, and so are
    // server constructors (settled by the boot) and other calls.
    const key = `${pkg}\0${f.rule}:${f.severity ?? ''}:${f.serverConstructor === true}`;
    const entry = grouped.get(key);
    if (entry) entry.count++;
    else grouped.set(key, { pkg, first: f, file, count: 1 });
  }
  for (const { pkg, first, file, count } of grouped.values()) {
    const more = count > 1 ? ` (and ${count - 1} more place${count > 2 ? 's' : ''} in ${pkg})` : '';
    const diagnostic = toDiagnostic(
      { ...first, message: `${pkg}: ${first.message}${more}` },
      { file, line: first.line, column: first.column, package: pkg },
    );
    out.diagnostics.push(diagnostic);
    if (first.serverConstructor) out.serverConstructors.push(diagnostic);
  }
}

/**
 * The scan's findings once the smoke boot has run. A library builds its server while the app starts,
 * choosing the constructor from the app's options (fastify's `http2`/`https`); a stub constructor throws
 * where it is called, so a Worker that started cleanly and answered through the server the app listens
 * on did not call it. An app whose options do choose it fails to start, and keeps the error.
 */
export function afterBoot(scan: BundleScan, startedCleanly: boolean): Diagnostic[] {
  if (!startedCleanly) return scan.diagnostics;
  return scan.diagnostics.map((d) =>
    scan.serverConstructors.includes(d)
      ? {
          ...d,
          severity: 'note' as const,
          message: `${d.message}: not the server that ran, since a library builds its server while the app starts, and the Worker started cleanly and answered (the app's options chose another one)`,
          fix: 'Nothing to do while the app keeps those options: one that chooses this server (HTTP/2) would make the Worker fail to start.',
        }
      : d,
  );
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
  importedByApp: Set<string>,
  ctx: ScanContext,
  out: BundleScan,
): Promise<void> {
  const declared = Object.keys((await manifest(ctx.dir))?.dependencies ?? {});
  const used = new Set([...declared, ...importedByApp]);
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
      // Bundled only for other packages (ajv inside fast-json-stringify): they decide when it compiles.
      const direct = used.has(name) || library.usedThrough?.some((p) => used.has(p));
      out.diagnostics.push(
        direct
          ? finding(
              'W302',
              `${name} generates ${library.what} (EvalError on Workers)`,
              { package: name },
              { fix: library.fix },
            )
          : finding(
              'W302',
              `${name} generates ${library.what}, and is bundled only for other packages (neither declared nor imported by the app): EvalError only where they compile while serving requests, not at start-up`,
              { package: name },
              {
                fix: `Nothing to do unless a request fails with an EvalError whose stack goes through ${name}.`,
                severity: 'note',
              },
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
  const out: BundleScan = {
    diagnostics: [],
    listenPorts: [],
    userText: '',
    bytesScanned: 0,
    serverConstructors: [],
  };
  const userFiles: string[] = [];
  const byPackage = new Map<string, string[]>();
  const importedByApp = new Set<string>();
  for (const input of inputs) {
    // JSON modules (a package.json the app requires for its version) are data, not code.
    if (input.path.startsWith(excludeDir) || !SOURCE_FILE.test(input.path)) continue;
    if (input.package === null) userFiles.push(input.path);
    else byPackage.set(input.package, [...(byPackage.get(input.package) ?? []), input.path]);
    if (input.package !== null && input.importedByApp) importedByApp.add(input.package);
  }
  const inlined = await scanUserFiles([...new Set(userFiles)], ctx, out);
  reportDependencies([...scanDependencies(byPackage, ctx, out), ...inlined], importedByApp, out);
  await packageFindings(new Set(byPackage.keys()), importedByApp, ctx, out);
  return out;
}
