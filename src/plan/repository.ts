import type { Context } from '../context.js';
import { detect, type DetectOptions } from '../detect/index.js';
import type { Plan } from '../model/index.js';
import { planApp, type PlanOptions } from './index.js';

/**
 * detect → plan for a directory, the way every host starts: other services the compose file builds
 * are detected as apps of their own (`--service`) so each becomes a Worker.
 */
export async function planRepository(
  dir: string,
  detectOptions: DetectOptions,
  options: Omit<PlanOptions, 'detectService'>,
  ctx: Context,
): Promise<Plan> {
  const app = await detect(dir, detectOptions, ctx);
  return planApp(
    app,
    {
      ...options,
      detectService: (service) => detect(dir, { ...detectOptions, service: service.name }, ctx),
    },
    ctx,
  );
}
