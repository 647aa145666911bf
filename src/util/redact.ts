/**
 * A value shorter than this is not masked: it is not unique enough (a mask of `postgres` or `admin`
 * would hide ordinary words in every line of the job).
 */
export const MIN_SECRET_LENGTH = 8;

/**
 * Cloudflare account ids in API paths (wrangler quotes `/accounts/<id>/workers/…` in its errors) and
 * in `account_id=` / "account <id>" phrases; other 32-hex ids (KV namespaces) are left alone.
 */
const ACCOUNT_ID = /(\/accounts\/|account[_ -]?id[=:"' ]+|account )[0-9a-f]{32}(?![0-9a-f])/gi;

/** Text with every Cloudflare account id it quotes replaced: for PR comments, summaries and logs. */
export function redactAccountIds(text: string): string {
  return text.replace(ACCOUNT_ID, '$1<account-id>');
}

/** Replaces every registered secret value, and every quoted account id, in text. */
export class Redactor {
  private readonly values = new Set<string>();

  add(value: string): void {
    if (value.length >= MIN_SECRET_LENGTH) this.values.add(value);
  }

  redact(text: string): string {
    return redactAccountIds(scrubValues(text, this.values));
  }
}

/** Text with each of the given secret values replaced (an error message or a child's output about to be quoted). */
export function scrubValues(text: string, values: Iterable<string>): string {
  let out = text;
  for (const value of values) if (value.length > 0) out = out.split(value).join('***');
  return out;
}
