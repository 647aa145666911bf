import { UserError } from '../errors.js';
import { ENV_NAME, isToolCredential } from '../util/credentials.js';

/** Names in a list: comma, space or newline separated, `#` lines skipped (`build-env` input, `--build-env A,B`). */
export function buildEnvNames(values: string | readonly string[]): string[] {
  return [values]
    .flat()
    .flatMap((value) => value.split(/\r?\n/))
    .filter((line) => !line.trim().startsWith('#'))
    .flatMap((line) => line.split(/[\s,]+/))
    .filter((name) => name !== '');
}

/** How a host names the list in its errors and how its user sets a value. */
export interface BuildEnvSource {
  /** `Input 'build-env'`, `--build-env`. */
  what: string;
  /** The fix for names the environment does not set. */
  setValue: (names: string[]) => string;
}

/**
 * The values of the variables the user lists for the app's build, from the job's environment: secrets that
 * reach only the build (check passes them to the build's process, nothing else). A name that is not a
 * variable name, a credential of this tool, or unset is an error naming it.
 */
export function readBuildEnv(
  names: readonly string[],
  valueOf: (name: string) => string | undefined,
  source: BuildEnvSource,
): Record<string, string> {
  const values: Record<string, string> = {};
  const unset: string[] = [];
  for (const name of names) {
    if (!ENV_NAME.test(name))
      throw new UserError(`${source.what} lists '${name}', which is not a variable name.`, {
        fix: `List variable names only (the values come from the environment), e.g. DATABASE_URL.`,
      });
    if (isToolCredential(name))
      throw new UserError(
        `${source.what} lists ${name}, a credential of this tool or the runner; it is never given to the app's build.`,
        {
          fix: `Remove ${name}; if the build needs a credential, give it a separate one under its own name.`,
        },
      );
    const value = valueOf(name);
    if (value === undefined || value === '') unset.push(name);
    else values[name] = value;
  }
  if (unset.length > 0)
    throw new UserError(
      `${source.what} lists ${unset.join(', ')}, but ${unset.length > 1 ? 'they are' : 'it is'} not set in the environment.`,
      { fix: source.setValue(unset) },
    );
  return values;
}

/** `NAME environment variable is not set`, `Missing environment variable: NAME`, `NAME is required`. */
const MISSING_VARIABLE = [
  /\b([A-Z][A-Z0-9_]+[A-Z0-9])(?: environment variable| env var(?:iable)?)? (?:is )?(?:not set|missing|required|must be (?:set|defined|provided))\b/g,
  /[Ee]nv(?:ironment)? var(?:iable)?s? ["'`]?([A-Z][A-Z0-9_]*[A-Z0-9])["'`]? (?:is )?(?:not set|not defined|undefined|missing|required)\b/g,
  /[Mm]issing (?:required )?env(?:ironment)? var(?:iable)?s?:? ["'`]?([A-Z][A-Z0-9_]*[A-Z0-9])/g,
  /process\.env\.([A-Za-z_]\w*)\b[^\n]{0,40}?\b(?:is not defined|is undefined|is not set|is required|is missing)\b/g,
];
/** A name lookup or connection that failed: the build reached for the network. */
const NETWORK_FAILURE =
  /\b(?:ENOTFOUND|EAI_AGAIN|ENETUNREACH|ETIMEDOUT|ECONNREFUSED)\b|getaddrinfo|fetch failed/;
const UNRESOLVED_HOST = /(?:getaddrinfo \w+|ENOTFOUND) ([\w.-]+\.[a-z]{2,})\b/;
/**
 * webpack before 5.61 (react-scripts before 5) hashes with md4, which OpenSSL 3 in Node 17 and later
 * refuses (https://github.com/webpack/webpack/issues/14532).
 */
const LEGACY_HASH = /ERR_OSSL_EVP_UNSUPPORTED|digital envelope routines::unsupported/;

/**
 * What the failed build's output says it lacked, as a sentence for the fix: the environment variables it
 * names as missing (with how to pass them), or the network (a build that fetches at build time).
 */
export function buildOutputHint(output: string): string | null {
  const names = [
    ...new Set(
      MISSING_VARIABLE.flatMap((pattern) => [...output.matchAll(pattern)].map((m) => m[1]!)),
    ),
  ];
  const hints: string[] = [];
  if (names.length > 0) {
    const list = names.join(', ');
    hints.push(
      `The build's output says ${list} ${names.length > 1 ? 'are' : 'is'} not set: the image's build gets ${names.length > 1 ? 'them' : 'it'} from its environment (.env, --build-arg), check's build only from \`build-env\` — list ${list} in the action's \`build-env\` input with the value in the step's env (CLI: \`--build-env ${names.join(',')}\`).`,
    );
  }
  if (NETWORK_FAILURE.test(output)) {
    const host = UNRESOLVED_HOST.exec(output)?.[1];
    hints.push(
      `The build's output shows a network failure${host ? ` (${host})` : ''}: the build needs the network at build time (it fetches or connects while building, e.g. while prerendering pages); run it where ${host ?? 'the network'} is reachable, or make the build not depend on it.`,
    );
  }
  if (LEGACY_HASH.test(output)) {
    hints.push(
      "The build's output shows ERR_OSSL_EVP_UNSUPPORTED: its webpack hashes with md4, which Node 17 and later refuse; upgrade webpack to 5.61 or later (react-scripts to 5), build with the Node version the image pins, or give the build NODE_OPTIONS=--openssl-legacy-provider (`build-env`).",
    );
  }
  return hints.length > 0 ? hints.join(' ') : null;
}
