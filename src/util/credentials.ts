/** What a shell and the runner accept as an environment variable's name. */
export const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * The tool's own credentials and the runner's internals. They are never uploaded to a Worker (as a
 * secret or a var, under any name) and never given to a child process that does not need them.
 */
const TOOL_NAMES = new Set([
  'CLOUDFLARE_API_TOKEN',
  'CLOUDFLARE_ACCOUNT_ID',
  'CLOUDFLARE_API_KEY',
  'CLOUDFLARE_EMAIL',
  'GITHUB_TOKEN',
  'GH_TOKEN',
]);
/** `INPUT_*` holds the action's inputs (the API token among them); `ACTIONS_*` / `RUNNER_*` the runner's. */
const TOOL_PREFIXES = ['INPUT_', 'ACTIONS_', 'RUNNER_'];

export function isToolCredential(name: string): boolean {
  const upper = name.toUpperCase();
  return TOOL_NAMES.has(upper) || TOOL_PREFIXES.some((prefix) => upper.startsWith(prefix));
}

/** Shorter values (`Linux`, `.`) are not credentials and would match by chance. */
const MIN_CREDENTIAL_LENGTH = 16;

/** Names of the tool credentials whose value `value` contains (to refuse them under any other name). */
export function credentialsIn(
  env: Readonly<Record<string, string | undefined>>,
  value: string,
): string[] {
  return Object.entries(env)
    .filter(([name, v]) => isToolCredential(name) && (v?.length ?? 0) >= MIN_CREDENTIAL_LENGTH)
    .filter(([, v]) => value.includes(v as string))
    .map(([name]) => name);
}
