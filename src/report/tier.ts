import type { TierChoice } from '../model/index.js';

const FROM: Record<TierChoice['source'], string> = {
  flag: 'from --plan',
  input: 'from the `plan` input',
  default: 'the default of the CLI and the action; `--plan paid` or the `plan` input changes it',
};

/** Which plan's limits check applied, and who chose it: the same line in the CLI, the summary and the comment. */
export function renderTier(choice: TierChoice): string {
  return `Limits: Workers ${choice.tier} plan (${FROM[choice.source]})`;
}
