import type { Binding } from '../../model/index.js';
import { d1Handler } from './d1.js';
import { hyperdriveHandler } from './hyperdrive.js';
import { kvHandler } from './kv.js';
import { queueHandler } from './queue.js';
import { r2Handler } from './r2.js';
import type { ProvisionableBinding, ResourceHandler } from './types.js';

export type {
  ProvisionableBinding,
  ResourceHandler,
  ExistingResource,
  HandlerInputs,
  ConfigEntry,
} from './types.js';

const HANDLERS = {
  kv: kvHandler,
  d1: d1Handler,
  r2: r2Handler,
  queue: queueHandler,
  hyperdrive: hyperdriveHandler,
} as const;

export function isProvisionable(binding: Binding): binding is ProvisionableBinding {
  return binding.type in HANDLERS;
}

export function handlerFor<B extends ProvisionableBinding>(binding: B): ResourceHandler<B> {
  return HANDLERS[binding.type] as unknown as ResourceHandler<B>;
}

export function handlerForType(type: ProvisionableBinding['type']): ResourceHandler {
  return HANDLERS[type] as unknown as ResourceHandler;
}
