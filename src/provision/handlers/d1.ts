import type { DatabaseCreateParams } from 'cloudflare/resources/d1/database';
import { listAllPages } from '../api.js';
import { permissionLabel } from '../permissions.js';
import type { ProvisionableBinding, ResourceHandler } from './types.js';

type D1Binding = Extract<ProvisionableBinding, { type: 'd1' }>;
const permission = permissionLabel('D1');

export const d1Handler: ResourceHandler<D1Binding> = {
  type: 'd1',
  label: 'D1 database',
  permission: 'D1',
  conflictCodes: [7502],
  listKey: () => 'd1',
  async list(api) {
    const databases = await listAllPages(api, 'list D1 databases', 'D1', (sdk, page, per_page) =>
      sdk.d1.database.list({ account_id: api.accountId, page, per_page }),
    );
    return databases.flatMap((d) => (d.name && d.uuid ? [{ name: d.name, id: d.uuid }] : []));
  },
  async create(api, name, _binding, inputs) {
    const created = await api.client.call(
      `create D1 database ${name}`,
      (sdk) =>
        sdk.d1.database.create({
          account_id: api.accountId,
          name,
          ...(inputs.locationHint
            ? {
                primary_location_hint:
                  inputs.locationHint as DatabaseCreateParams['primary_location_hint'],
              }
            : {}),
        }),
      { permission },
    );
    return { name, id: created.uuid ?? '' };
  },
  async remove(api, resource) {
    await api.client.call(
      `delete D1 database ${resource.name}`,
      (sdk) => sdk.d1.database.delete(resource.id, { account_id: api.accountId }),
      { permission },
    );
  },
  configEntries: (binding, resource) => [
    {
      section: ['d1_databases'],
      key: 'binding',
      entry: { binding: binding.binding, database_name: resource.name, database_id: resource.id },
    },
  ],
};
