import { appendFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { listApps } from '../action/apps.js';
import { UserError } from '../errors.js';
import type { Command } from './command.js';

export const appsCommand: Command = {
  usage:
    'Usage: docker-to-workers apps [ROOT] [--apps "dir1 dir2" | --apps auto] [--github-output]\n' +
    '  Prints the directories as a JSON array; --github-output also writes apps=<json> to $GITHUB_OUTPUT.',
  async run(args, ctx) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        apps: { type: 'string' },
        'github-output': { type: 'boolean' },
        ci: { type: 'boolean' },
        verbose: { type: 'boolean' },
      },
    });
    const apps = JSON.stringify(await listApps(positionals[0] ?? '.', values.apps ?? '.'));
    process.stdout.write(`${apps}\n`);
    if (values['github-output']) {
      const file = ctx.env.GITHUB_OUTPUT;
      if (!file) {
        throw new UserError('--github-output needs GITHUB_OUTPUT (set by the runner).');
      }
      await appendFile(file, `apps=${apps}\n`);
    }
    return 0;
  },
};
