/** A rate (0–1) as a percentage, with more digits for rates below 0.1 % so they do not read as zero. */
export const percent = (rate: number) =>
  `${(rate * 100).toFixed(rate < 0.001 && rate > 0 ? 3 : 2)} %`;
