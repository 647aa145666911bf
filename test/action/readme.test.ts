import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { END, renderReference, START, withReference } from '../../scripts/readme-reference.js';

const root = join(import.meta.dirname, '..', '..');

describe('README reference', () => {
  it('matches action.yml (run `npm run readme` after changing inputs or outputs)', async () => {
    const readme = await readFile(join(root, 'README.md'), 'utf8');
    const reference = renderReference(await readFile(join(root, 'action.yml'), 'utf8'));
    expect(readme).toContain(START);
    expect(withReference(readme, reference)).toBe(readme);
  });

  it('notices a drifted input: a changed default, a new input, a removed output', async () => {
    const action = await readFile(join(root, 'action.yml'), 'utf8');
    const readme = withReference('# x\n', renderReference(action));
    const drifted = [
      action.replace('    default: error\n', '    default: warning\n'),
      action.replace(
        '\noutputs:\n',
        '\n  extra:\n    description: New.\n    default: x\noutputs:\n',
      ),
      action.replace(/\n  command-stderr:\n.*\n.*\n/, '\n'),
    ];
    for (const changed of drifted) {
      expect(changed).not.toBe(action);
      expect(withReference(readme, renderReference(changed))).not.toBe(readme);
    }
    expect(readme.indexOf(END)).toBeGreaterThan(readme.indexOf(START));
  });
});
