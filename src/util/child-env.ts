/**
 * The environment every child process starts from (npm install, the app's build, wrangler, workerd):
 * what a toolchain needs to find programs, write caches and reach the network through the machine's
 * proxy, and nothing else. Credentials reach a child only when its caller passes them (the wrangler
 * calls that need the API get `CLOUDFLARE_API_TOKEN` / `CLOUDFLARE_ACCOUNT_ID`).
 */
const INHERITED = new Set([
  'PATH',
  'HOME',
  'USER',
  'LOGNAME',
  'SHELL',
  'LANG',
  'LC_ALL',
  'TZ',
  'TERM',
  'TMPDIR',
  'TMP',
  'TEMP',
  'CI',
  'XDG_CACHE_HOME',
  'XDG_CONFIG_HOME',
  'XDG_DATA_HOME',
  'NODE_OPTIONS',
  'NODE_EXTRA_CA_CERTS',
  'SSL_CERT_FILE',
  'SSL_CERT_DIR',
  'HTTP_PROXY',
  'HTTPS_PROXY',
  'NO_PROXY',
  // Windows: programs do not start without these.
  'SYSTEMROOT',
  'COMSPEC',
  'PATHEXT',
  'WINDIR',
  'APPDATA',
  'LOCALAPPDATA',
  'USERPROFILE',
  'PROGRAMDATA',
]);

/** Package-manager settings (registry, cache, corepack's home and registry); `_auth`/`_authToken` entries and
 * COREPACK_NPM_TOKEN are credentials and stay out. */
const INHERITED_PREFIXES = ['NPM_CONFIG_', 'YARN_', 'PNPM_', 'BUN_', 'COREPACK_'];
const CREDENTIAL_SETTING = /AUTH|TOKEN|PASSWORD/i;

function inherited(name: string): boolean {
  const upper = name.toUpperCase();
  if (INHERITED.has(upper)) return true;
  return (
    INHERITED_PREFIXES.some((prefix) => upper.startsWith(prefix)) && !CREDENTIAL_SETTING.test(name)
  );
}

/** The host's allow-listed variables plus what the caller passes (which wins), without undefined. */
export function childEnv(
  host: Readonly<Record<string, string | undefined>>,
  extra: Record<string, string | undefined> = {},
): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(host)) {
    if (value !== undefined && inherited(name)) env[name] = value;
  }
  for (const [name, value] of Object.entries(extra)) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  return env;
}
