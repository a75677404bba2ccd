// The expiry mode accessctl.yaml sets, so a scheduled job can commit removals without
// saying so in its workflow file.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

import { CONFIG_FILE, parseConfig } from '../../config/config.js';
import type { ExpireMode } from '../../config/config.js';

/** `expiry.mode` of the accessctl.yaml beside the access directory, when it says one. */
export function configuredExpireMode(accessDir: string): ExpireMode | undefined {
  const file = join(dirname(accessDir), CONFIG_FILE);
  if (!existsSync(file)) return undefined;
  return parseConfig(file, readFileSync(file, 'utf8')).expiry.mode;
}
