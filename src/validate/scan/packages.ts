import type { AnyNode, Class } from 'acorn';
import { simple } from 'acorn-walk';
import {
  BCRYPT_PACKAGES,
  CRON_SCHEDULERS,
  DISK_UPLOAD_PACKAGES,
  MEMORY_SESSION_PACKAGES,
  WEBSOCKET_SERVERS,
} from '../known-packages.js';
import { hasProperty, stringValue, type Binding } from './ast.js';
import type { Call, ModuleScan, RuleFamily } from './module.js';
import { checkCost } from './shared.js';

/**
 * Prisma Client without a driver adapter loads Prisma's native query engine (a Node-API library), which
 * a Worker cannot load; on Workers it runs with a driver adapter
 * (https://www.prisma.io/docs/orm/prisma-client/deployment/edge/deploy-to-cloudflare).
 */
const PRISMA_FIX =
  'Pass a driver adapter: `new PrismaClient({ adapter })` with @prisma/adapter-pg over the Hyperdrive binding (or @prisma/adapter-d1), and `previewFeatures = ["driverAdapters"]` in the generator before Prisma 6.16; or use the Container target.';

function reportPrisma(scan: ModuleScan, node: AnyNode, how: string): void {
  scan.report(
    'W401',
    node,
    `${how} without a driver adapter: @prisma/client then loads Prisma's native query engine (.node), which cannot load on Workers`,
    { fix: PRISMA_FIX },
  );
}

/** A Prisma Client built from options that name no `adapter` (nested options included). */
function prismaClient(scan: ModuleScan, node: AnyNode, call: Call, how: string): void {
  const options = call.arguments.map((a) => scan.code.slice(a.start, a.end)).join(',');
  if (!/\badapter\b/.test(options)) reportPrisma(scan, node, how);
}

/** `class X extends PrismaClient` whose constructor does not pass `super({ adapter })`. */
function prismaSubclass(scan: ModuleScan, node: Class, ancestors: AnyNode[]): void {
  const base = node.superClass as AnyNode | null | undefined;
  const binding = base?.type === 'Identifier' ? scan.bindings.get(base.name) : undefined;
  if (!base || binding?.source !== '@prisma/client' || binding.path[0] !== 'PrismaClient') return;
  let adapter = false;
  simple(node.body, {
    CallExpression(call) {
      if (call.callee.type === 'Super' && hasProperty(call.arguments[0], 'adapter')) adapter = true;
    },
  });
  // TypeScript's decorated classes compile to `let Name = class extends …`.
  const parent = ancestors[ancestors.length - 2];
  const name =
    node.id?.name ??
    (parent?.type === 'VariableDeclarator' && parent.id.type === 'Identifier'
      ? parent.id.name
      : null);
  if (!adapter)
    reportPrisma(
      scan,
      base,
      name ? `class ${name} extends PrismaClient` : 'a class extending PrismaClient',
    );
}

/** Calls into npm packages whose use, not their presence, is the problem (the app's code only). */
export function packageRules(): RuleFamily {
  const check = (scan: ModuleScan, binding: Binding, full: string[], node: AnyNode, call: Call) => {
    const source = binding.source;
    const member = full[0];
    if (BCRYPT_PACKAGES.has(source) && member) checkCost(scan, member, call, node);
    if (
      MEMORY_SESSION_PACKAGES.has(source) &&
      !member &&
      !hasProperty(call.arguments[0], 'store')
    ) {
      scan.report(
        'W704',
        node,
        `${source} without a \`store\` keeps sessions in process memory (MemoryStore)`,
      );
    }
    if (
      DISK_UPLOAD_PACKAGES.has(source) &&
      (member === 'diskStorage' ||
        (!member && hasProperty(call.arguments[0], 'dest')) ||
        (!member && hasProperty(call.arguments[0], 'uploadDir')))
    ) {
      scan.report('W703', node, `${source} stores uploads on the local disk`);
    }
    if (CRON_SCHEDULERS[source]?.includes(member ?? '')) {
      scan.report(
        'W707',
        node,
        `${source}${member ? `.${member}` : ''}(…) schedules a cron job in the process: no process keeps running on Workers, so it never fires`,
      );
    }
    if (source === '@prisma/client' && member === 'PrismaClient' && call.type === 'NewExpression')
      prismaClient(scan, node, call, 'new PrismaClient(…)');
    // nestjs-prisma's PrismaService is a PrismaClient built from `prismaServiceOptions.prismaOptions`.
    if (source === 'nestjs-prisma' && member === 'PrismaModule' && full[1]?.startsWith('forRoot'))
      prismaClient(scan, node, call, `PrismaModule.${full[1]}(…) (nestjs-prisma's PrismaClient)`);
    const server = WEBSOCKET_SERVERS[source];
    if (server && server.includes(member ?? '')) {
      scan.report(
        'W113',
        node,
        `${source}${member ? `.${member}` : ''}: a WebSocket server on node:http never receives an upgrade in workerd`,
      );
    }
    if (
      source === 'mysql2' &&
      (member === 'createConnection' || member === 'createPool') &&
      hasProperty(call.arguments[0], 'ssl')
    ) {
      scan.report(
        'W104',
        node,
        `mysql2 ${member}({ ssl }) needs tls.createSecureContext, which workerd does not implement`,
        {
          fix: 'Connect through the Hyperdrive binding the plan adds (Hyperdrive makes the TLS connection to the database) and drop the `ssl` option.',
        },
      );
    }
    if (source === 'morgan' && !member && stringValue(call.arguments[0]) === 'dev') {
      scan.report(
        'W302',
        node,
        "morgan('dev') compiles its log line with new Function on the first request of each status class (EvalError)",
        { fix: "Use another predefined format (e.g. 'tiny' or 'short') or a format function." },
      );
    }
  };
  return {
    visitors: {
      ClassDeclaration: prismaSubclass,
      ClassExpression: prismaSubclass,
    },
    member(scan, site) {
      const { binding, call } = site;
      if (scan.user && call && binding && !binding.builtin)
        check(scan, binding, [...binding.path, ...site.path], site.node, call);
    },
    call(scan, site) {
      const { binding } = site;
      if (scan.user && binding && !binding.builtin)
        check(scan, binding, binding.path, site.node.callee as AnyNode, site.node);
    },
  };
}
