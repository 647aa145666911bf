import { permissionLabel } from '../permissions.js';
import type { ConfigEntry, ProvisionableBinding, ResourceHandler } from './types.js';

type QueueBinding = Extract<ProvisionableBinding, { type: 'queue' }>;
const permission = permissionLabel('Queues');

/**
 * Queues. The consumer is declared in the generated config rather than created here: the API
 * attaches a consumer to an existing Worker, and `wrangler deploy` attaches it after the upload.
 */
export const queueHandler: ResourceHandler<QueueBinding> = {
  type: 'queue',
  label: 'queue',
  permission: 'Queues',
  conflictCodes: [11009],
  listKey: () => 'queue',
  async list(api) {
    const page = await api.client.call(
      'list queues',
      (sdk) => sdk.queues.list({ account_id: api.accountId }),
      {
        permission,
      },
    );
    return page.result.flatMap((q) =>
      q.queue_name && q.queue_id ? [{ name: q.queue_name, id: q.queue_id }] : [],
    );
  },
  async create(api, name) {
    const created = await api.client.call(
      `create queue ${name}`,
      (sdk) => sdk.queues.create({ account_id: api.accountId, queue_name: name }),
      { permission },
    );
    return { name, id: created.queue_id ?? '' };
  },
  async remove(api, resource) {
    await api.client.call(
      `delete queue ${resource.name}`,
      (sdk) => sdk.queues.delete(resource.id, { account_id: api.accountId }),
      { permission },
    );
  },
  configEntries(binding, resource) {
    const producer: ConfigEntry = {
      section: ['queues', 'producers'],
      key: 'binding',
      entry: { binding: binding.binding, queue: resource.name },
    };
    if (!binding.consumer) return [producer];
    return [
      producer,
      { section: ['queues', 'consumers'], key: 'queue', entry: { queue: resource.name } },
    ];
  },
};
