import { access, readFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import type { AppModel, PackageManager } from '../model/index.js';

/**
 * The native engines `prisma generate` would download from binaries.prisma.sh (and copy next to the
 * client) when install scripts did not. A Worker cannot load them: Prisma runs there through its wasm
 * engine or query compiler with a driver adapter (https://www.prisma.io/docs/orm/prisma-client/deployment/edge/deploy-to-cloudflare).
 * Pointing them at /dev/null lets generate write the client and its types offline; PRISMA_*_BINARY /
 * PRISMA_QUERY_ENGINE_LIBRARY are Prisma's documented engine overrides
 * (https://www.prisma.io/docs/orm/reference/environment-variables-reference#custom-engine-file-locations).
 */
const NO_NATIVE_ENGINES = [
  'PRISMA_QUERY_ENGINE_LIBRARY=/dev/null',
  'PRISMA_SCHEMA_ENGINE_BINARY=/dev/null',
  'PRISMA_MIGRATION_ENGINE_BINARY=/dev/null',
].join(' ');

const GENERATE = /\bprisma\s+generate\b/;

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

/** The schema Prisma reads: package.json `prisma.schema`, else its default locations. */
async function prismaSchema(app: AppModel): Promise<string | null> {
  const dir = app.packageJson!.dir;
  const manifest = await readFile(join(app.root, dir, 'package.json'), 'utf8')
    .then((text) => JSON.parse(text) as { prisma?: { schema?: unknown } })
    .catch(() => null);
  const configured = manifest?.prisma?.schema;
  const candidates = [
    ...(typeof configured === 'string' ? [configured] : []),
    'prisma/schema.prisma',
    'schema.prisma',
    'prisma/schema',
  ];
  for (const candidate of candidates) {
    const path = posix.join(dir, candidate);
    if (await exists(join(app.root, path))) return path;
  }
  return null;
}

/**
 * `prisma generate` for an app that uses @prisma/client: the image runs it (`RUN npx prisma generate`,
 * or @prisma/client's own postinstall during `npm install`), and both the build (the client's types)
 * and the bundle (`.prisma/client`) need its output. Null when the build command already runs it.
 */
export async function prismaGenerate(
  app: AppModel,
  manager: PackageManager,
  buildScript: string | null,
): Promise<{ command: string; why: string } | null> {
  const pkg = app.packageJson;
  const declared = { ...pkg?.dependencies, ...pkg?.devDependencies };
  const client = declared['@prisma/client'];
  if (!pkg || !client) return null;
  if (buildScript !== null && GENERATE.test(buildScript)) return null;
  const schema = await prismaSchema(app);
  if (!schema) return null;
  // The CLI the app installs; else the release matching the client from the registry, as the image's
  // `npx prisma generate` fetches it.
  const cli = declared.prisma
    ? `${{ npm: 'npx --no-install', pnpm: 'pnpm exec', yarn: 'yarn', bun: 'bunx' }[manager]} prisma`
    : `npx --yes prisma${/^[\w.^~*-]+$/.test(client) ? `@${client}` : ''}`;
  return {
    command: `${NO_NATIVE_ENGINES} ${cli} generate`,
    why: `@prisma/client needs the client \`prisma generate\` writes from ${schema} (install scripts are off, so its postinstall did not run); the native engines are pointed at /dev/null because a Worker cannot load them and generate then needs no download`,
  };
}
