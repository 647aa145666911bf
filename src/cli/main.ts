import { formatError, UserError } from '../errors.js';
import type { Command } from './command.js';
import { createCliContext } from './host.js';

/**
 * Each command's module loads only when it runs, so `detect` does not pay for the Cloudflare SDK,
 * Octokit and the scanner (start-up is most of a short command's time).
 */
const commands: Record<string, { summary: string; load: () => Promise<Command> }> = {
  detect: {
    summary: 'Read the repository: Dockerfile, compose, package.json, wrangler config',
    load: async () => (await import('./detect.js')).detectCommand,
  },
  apps: {
    summary: 'List the app directories of a repository (a workflow matrix)',
    load: async () => (await import('./apps.js')).appsCommand,
  },
  check: {
    summary: 'Bundle, scan and boot the planned Worker locally: will it run, and what must change?',
    load: async () => (await import('./check.js')).checkCommand,
  },
  dev: {
    summary: 'Serve the planned Worker on localhost in workerd, reloading on source changes',
    load: async () => (await import('./dev.js')).devCommand,
  },
  plan: {
    summary:
      'Decide how the app runs on Cloudflare; write wrangler.jsonc, the entry shim and MIGRATION.md',
    load: async () => (await import('./plan.js')).planCommand,
  },
  provision: {
    summary:
      'Create or find the Cloudflare resources the plan binds; write wrangler.<env>.jsonc with their ids',
    load: async () => (await import('./provision.js')).provisionCommand,
  },
  deploy: {
    summary: 'Provision and deploy: production, or a preview per pull request; report to GitHub',
    load: async () => (await import('./deploy.js')).deployCommand,
  },
  monitor: {
    summary:
      'Production’s health per Worker and version from Cloudflare analytics; exits non-zero on a breach',
    load: async () => (await import('./monitor.js')).monitorCommand,
  },
  cleanup: {
    summary: 'Remove a closed pull request’s previews, per-PR resources and deployments',
    load: async () => (await import('./cleanup.js')).cleanupCommand,
  },
};

/** Every command's name, as `docker-to-workers --help` lists them. */
export const COMMAND_NAMES = Object.keys(commands);

function help(): string {
  const rows = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`);
  return `Usage: docker-to-workers <command> [DIR] [options]\n\nCommands:\n${rows.join('\n')}\n\nRun 'docker-to-workers <command> --help' for a command's options.`;
}

/** The CLI: one context, one command, one top-level catch that prints the real message. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h') {
    process.stdout.write(`${help()}\n`);
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    process.stderr.write(`Unknown command '${name}'.\n\n${help()}\n`);
    return 2;
  }
  const loaded = await command.load();
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(`${loaded.usage}\n`);
    return 0;
  }
  const verbose = rest.includes('--verbose');
  const ctx = createCliContext({ ci: rest.includes('--ci') || undefined, verbose });
  try {
    return await loaded.run(rest, ctx);
  } catch (error) {
    if (isUsageError(error)) {
      process.stderr.write(`${error.message}\n\n${loaded.usage}\n`);
      return 2;
    }
    if (error instanceof UserError) {
      ctx.log.error(formatError(error));
      return 1;
    }
    ctx.log.error(internalError(error, verbose));
    return 70;
  }
}

/** node:util parseArgs rejects unknown options, missing values and stray positionals with these codes. */
function isUsageError(error: unknown): error is Error {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_');
}

/** A bug, not bad input: one line saying so and how to report it (the stack only with --verbose). */
function internalError(error: unknown, verbose: boolean): string {
  const message = error instanceof Error ? error.message : String(error);
  const line = `internal error: ${message.split('\n')[0]}\n  This is a bug in docker-to-workers. Report it with the command you ran and this output (run again with --verbose for the stack trace).`;
  return verbose ? `${line}\n${formatError(error)}` : line;
}
