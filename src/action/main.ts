import * as core from '@actions/core';
import { formatError } from '../errors.js';

/** The action's entry: placeholder until the action mode lands. */
export async function run(): Promise<void> {
  try {
    core.info('docker-to-workers-action');
  } catch (error) {
    core.setFailed(formatError(error));
  }
}
