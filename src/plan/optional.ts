import semver from 'semver';
import type { AppModel, ReportRow } from '../model/index.js';

/** The module the missing optional packages are aliased to, beside wrangler.jsonc. */
export const MISSING_MODULE = 'missing-optional.cjs';

const MISSING_SOURCE = `// Stands in for optional packages the app does not install (wrangler \`alias\`, see wrangler.jsonc).
// The framework requires them inside try/catch and carries on without them, as it does under Node.
const error = new Error('optional package not installed');
error.code = 'MODULE_NOT_FOUND';
throw error;
`;

/**
 * Modules a framework requires inside try/catch when the app has installed them (under Node a missing
 * one is skipped at run time; esbuild, bundling ahead of time, fails with "Could not resolve").
 * NestJS: `loadPackage(...)` and `optionalRequire(...)` in @nestjs/core and @nestjs/common.
 */
const OPTIONAL_MODULES: Record<string, string[]> = {
  '@nestjs/core': [
    '@nestjs/microservices',
    '@nestjs/microservices/microservices-module',
    '@nestjs/websockets/socket-module',
    'class-validator',
    'class-transformer',
    // @nestjs/common's CacheModule (Nest ≤ 9): loadPackage('cache-manager', 'CacheModule', …).
    'cache-manager',
    // @nestjs/mapped-types (through @nestjs/swagger, @nestjs/graphql) tries one, then the other.
    'class-transformer/cjs/storage',
    'class-transformer/storage',
  ],
  // FastifyAdapter's useStaticAssets() / setViewEngine(): loadPackage('@fastify/static' | '@fastify/view', …).
  '@nestjs/platform-fastify': ['@fastify/static', '@fastify/view'],
  // I18nModule registers its Handlebars helper when the view engine is hbs/handlebars, in try/catch.
  'nestjs-i18n': ['hbs', 'handlebars'],
};

/**
 * Optional subpaths that only some versions of an installed package have: @nestjs/mapped-types requires
 * class-transformer/cjs/storage (0.5+) and, when that throws, class-transformer/storage (0.4).
 * The module is aliased when the declared version is in `absentFrom`.
 */
const VERSIONED_SUBPATHS: Record<string, { package: string; absentFrom: string }> = {
  'class-transformer/storage': { package: 'class-transformer', absentFrom: '>=0.5.0' },
  'class-transformer/cjs/storage': { package: 'class-transformer', absentFrom: '<0.5.0' },
};

/** Whether the declared range of a package starts in the versions that lack a subpath. */
function absentSubpath(module: string, declared: Record<string, string>): boolean {
  const subpath = VERSIONED_SUBPATHS[module];
  const range = subpath ? declared[subpath.package] : undefined;
  const lowest = range && semver.validRange(range) ? semver.minVersion(range) : null;
  return lowest !== null && semver.satisfies(lowest, subpath!.absentFrom);
}

function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

export interface OptionalStubs {
  /** wrangler `alias`: module → the stub, relative to the worker directory. */
  alias: Record<string, string>;
  modules: Record<string, string>;
  rows: ReportRow[];
}

/** Aliases the optional modules the app's framework looks for but the app does not declare. */
export function optionalStubs(app: AppModel): OptionalStubs {
  const declared = {
    ...app.packageJson?.devDependencies,
    ...app.packageJson?.dependencies,
  };
  const alias: Record<string, string> = {};
  for (const [framework, modules] of Object.entries(OPTIONAL_MODULES)) {
    if (!(framework in declared)) continue;
    for (const module of modules) {
      if (!(packageName(module) in declared) || absentSubpath(module, declared))
        alias[module] = `./${MISSING_MODULE}`;
    }
  }
  const names = Object.keys(alias);
  if (names.length === 0) return { alias, modules: {}, rows: [] };
  return {
    alias,
    modules: { [MISSING_MODULE]: MISSING_SOURCE },
    rows: [
      {
        key: `optional modules ${names.join(', ')}`,
        source: app.sources.framework ?? 'package.json',
        outcome: 'converted',
        became: `wrangler alias to ${MISSING_MODULE} (throws "not installed", as Node would)`,
        why: 'the framework requires them inside try/catch; esbuild cannot leave an unresolved require for run time',
      },
    ],
  };
}
