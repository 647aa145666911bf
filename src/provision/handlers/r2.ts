import type { BucketListResponse } from 'cloudflare/resources/r2/buckets';
import { permissionLabel } from '../permissions.js';
import type { ProvisionableBinding, ResourceHandler } from './types.js';

type R2Binding = Extract<ProvisionableBinding, { type: 'r2' }>;
type Jurisdiction = 'default' | 'eu' | 'fedramp';
const permission = permissionLabel('Workers R2 Storage');

function jurisdictionOf(binding: { jurisdiction?: string }): Jurisdiction {
  return (binding.jurisdiction ?? 'default') as Jurisdiction;
}

/** R2 lists with a cursor in `result_info`, which the SDK's `buckets.list` drops: read the envelope. */
interface BucketPage {
  result: BucketListResponse;
  result_info?: { cursor?: string };
}

export const r2Handler: ResourceHandler<R2Binding> = {
  type: 'r2',
  label: 'R2 bucket',
  permission: 'Workers R2 Storage',
  conflictCodes: [10004],
  listKey: (binding) => `r2:${jurisdictionOf(binding)}`,
  async list(api, binding) {
    const jurisdiction = jurisdictionOf(binding);
    const names: string[] = [];
    let cursor: string | undefined;
    for (let page = 1; ; page++) {
      const response = await api.client.call(
        `list R2 buckets (page ${page})`,
        (sdk) =>
          sdk.get<BucketPage>(`/accounts/${api.accountId}/r2/buckets`, {
            query: { per_page: 1000, ...(cursor ? { cursor } : {}) },
            headers: { 'cf-r2-jurisdiction': jurisdiction },
          }),
        { permission },
      );
      names.push(...(response.result.buckets ?? []).flatMap((b) => (b.name ? [b.name] : [])));
      cursor = response.result_info?.cursor;
      if (!cursor) return names.map((name) => ({ name, id: name }));
    }
  },
  async create(api, name, binding) {
    await api.client.call(
      `create R2 bucket ${name}`,
      (sdk) =>
        sdk.r2.buckets.create({
          account_id: api.accountId,
          name,
          'cf-r2-jurisdiction': jurisdictionOf(binding),
        }),
      { permission },
    );
    return { name, id: name };
  },
  async remove(api, resource) {
    await api.client.call(
      `delete R2 bucket ${resource.name}`,
      (sdk) =>
        sdk.r2.buckets.delete(resource.name, {
          account_id: api.accountId,
          'cf-r2-jurisdiction': jurisdictionOf(resource),
        }),
      { permission },
    );
  },
  configEntries: (binding, resource) => [
    {
      section: ['r2_buckets'],
      key: 'binding',
      entry: {
        binding: binding.binding,
        bucket_name: resource.name,
        ...(binding.jurisdiction ? { jurisdiction: binding.jurisdiction } : {}),
      },
    },
  ],
};
