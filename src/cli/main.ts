import { formatError, UserError } from '../errors.js';
import type { Command } from './command.js';
import { createCliContext } from './host.js';
import { detectCommand } from './detect.js';
import { appsCommand } from './apps.js';
import { checkCommand } from './check.js';
import { devCommand } from './dev.js';
import { planCommand } from './plan.js';
import { provisionCommand } from './provision.js';
import { deployCommand } from './deploy.js';
import { cleanupCommand } from './cleanup.js';

const commands: Record<string, Command> = {
  detect: detectCommand,
  apps: appsCommand,
  check: checkCommand,
  dev: devCommand,
  plan: planCommand,
  provision: provisionCommand,
  deploy: deployCommand,
  cleanup: cleanupCommand,
};

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
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(`${command.usage}\n`);
    return 0;
  }
  const ctx = createCliContext({
    ci: rest.includes('--ci') || undefined,
    verbose: rest.includes('--verbose'),
  });
  try {
    return await command.run(rest, ctx);
  } catch (error) {
    ctx.log.error(formatError(error));
    return error instanceof UserError ? 1 : 70;
  }
}
