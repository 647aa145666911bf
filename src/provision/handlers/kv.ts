import { listAllPages } from '../api.js';
import { permissionLabel } from '../permissions.js';
import type { ProvisionableBinding, ResourceHandler } from './types.js';

type KvBinding = Extract<ProvisionableBinding, { type: 'kv' }>;
const permission = permissionLabel('Workers KV Storage');

export const kvHandler: ResourceHandler<KvBinding> = {
  type: 'kv',
  label: 'KV namespace',
  permission: 'Workers KV Storage',
  conflictCodes: [10014],
  listKey: () => 'kv',
  async list(api) {
    const namespaces = await listAllPages(
      api,
      'list KV namespaces',
      'Workers KV Storage',
      (sdk, page, per_page) =>
        sdk.kv.namespaces.list({ account_id: api.accountId, page, per_page }),
    );
    return namespaces.map((n) => ({ name: n.title, id: n.id }));
  },
  async create(api, name) {
    const created = await api.client.call(
      `create KV namespace ${name}`,
      (sdk) => sdk.kv.namespaces.create({ account_id: api.accountId, title: name }),
      { permission },
    );
    return { name: created.title, id: created.id };
  },
  async remove(api, resource) {
    await api.client.call(
      `delete KV namespace ${resource.name}`,
      (sdk) => sdk.kv.namespaces.delete(resource.id, { account_id: api.accountId }),
      { permission },
    );
  },
  configEntries: (binding, resource) => [
    {
      section: ['kv_namespaces'],
      key: 'binding',
      entry: { binding: binding.binding, id: resource.id },
    },
  ],
};
