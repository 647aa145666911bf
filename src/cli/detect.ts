import { parseArgs } from 'node:util';
import { detect } from '../detect/index.js';
import { formatAppModel } from '../detect/table.js';
import { printResult, type Command } from './command.js';

export const detectCommand: Command = {
  summary: 'Read the repository: Dockerfile, compose, package.json, wrangler config',
  usage:
    'Usage: docker-to-workers detect [DIR] [--dockerfile F] [--compose F] [--service S] [--docker-target T] [--json]',
  async run(args, ctx) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        dockerfile: { type: 'string' },
        compose: { type: 'string' },
        service: { type: 'string' },
        'docker-target': { type: 'string' },
        ci: { type: 'boolean' },
        verbose: { type: 'boolean' },
      },
    });
    const model = await detect(
      positionals[0] ?? '.',
      {
        dockerfile: values.dockerfile,
        compose: values.compose,
        service: values.service,
        dockerTarget: values['docker-target'],
      },
      ctx,
    );
    printResult(values.json ?? false, model, () => formatAppModel(model));
    return model.diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
  },
};
