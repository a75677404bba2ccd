// The settings as a commit holds them, read with git rather than from the working tree, so
// a checkout of another branch cannot change what a merge is provisioned with.
import { showFile } from '../model/git.js';
import { CONFIG_FILE, ConfigError, parseConfig, type AccessConfig } from './config.js';

/**
 * `accessctl.yaml` at `ref` in the git repository `repo`; the defaults when the commit has
 * none. A ref git cannot read also gives the defaults: the caller resolves the same ref and
 * reports it. Throws a ConfigError naming the commit when the file is invalid.
 */
export async function readConfigAt(repo: string, ref: string): Promise<AccessConfig> {
  let text: string | undefined;
  try {
    text = await showFile(repo, ref, CONFIG_FILE);
  } catch {
    return parseConfig(CONFIG_FILE, undefined);
  }
  try {
    return parseConfig(CONFIG_FILE, text);
  } catch (error) {
    if (error instanceof ConfigError) throw new ConfigError(error.findings, `at ${ref}`);
    throw error;
  }
}
