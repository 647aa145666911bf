import type Cloudflare from 'cloudflare';
import { CloudflareApiError, type CloudflareClient } from '../cloudflare/client.js';
import { permissionLabel, type PermissionGroup } from './permissions.js';

/** The client bound to the resolved account. */
export interface AccountApi {
  client: CloudflareClient;
  accountId: string;
}

interface PageResult<T> {
  result: T[];
  result_info?: { page?: number; per_page?: number; total_pages?: number };
}

const PER_PAGE = 100;

/**
 * Every item of a page/per_page list. Stops at `total_pages` (or a short page), so a list of N
 * items costs ceil(N / 100) calls and not one more, unlike the SDK's iterator.
 */
export async function listAllPages<T>(
  api: AccountApi,
  name: string,
  group: PermissionGroup,
  fetchPage: (sdk: Cloudflare, page: number, perPage: number) => PromiseLike<PageResult<T>>,
): Promise<T[]> {
  const items: T[] = [];
  for (let page = 1; ; page++) {
    const response = await api.client.call(
      `${name} (page ${page})`,
      (sdk) => Promise.resolve(fetchPage(sdk, page, PER_PAGE)),
      {
        permission: permissionLabel(group),
      },
    );
    items.push(...response.result);
    const totalPages = response.result_info?.total_pages;
    const done = totalPages !== undefined ? page >= totalPages : response.result.length < PER_PAGE;
    if (done || response.result.length === 0) return items;
  }
}

/** True when a create failed because the name is taken (the resource's own code, or its wording). */
export function isAlreadyExists(error: unknown, conflictCodes: readonly number[]): boolean {
  if (!(error instanceof CloudflareApiError)) return false;
  if (error.status !== 400 && error.status !== 409) return false;
  return (
    error.codes.some((c) => conflictCodes.includes(c)) ||
    /already (exists|taken)/i.test(error.message)
  );
}

/**
 * Like Promise.all, but waits for every promise before failing: a failed run returns only when
 * none of its requests is still in flight (so a rerun never races the run that failed).
 */
export async function allSettledOrThrow<T>(promises: readonly Promise<T>[]): Promise<T[]> {
  const settled = await Promise.allSettled(promises);
  const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failed) throw failed.reason;
  return settled.map((s) => (s as PromiseFulfilledResult<T>).value);
}
