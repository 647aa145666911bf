import { parseArgs } from 'node:util';
import { detect } from '../detect/index.js';
import { formatAppModel } from '../detect/table.js';
import { printResult, type Command } from './command.js';
import { DETECT_FLAGS, DETECT_USAGE, detectOptionsFrom } from './flags.js';

export const detectCommand: Command = {
  usage: `Usage: docker-to-workers detect [DIR] ${DETECT_USAGE} [--json]`,
  async run(args, ctx) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        ...DETECT_FLAGS,
      },
    });
    const model = await detect(positionals[0] ?? '.', detectOptionsFrom(values), ctx);
    printResult(values.json ?? false, model, () => formatAppModel(model));
    return model.diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
  },
};
