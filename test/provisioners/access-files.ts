import { buildAccessModel, type AccessModel } from '../../src/model/index.js';

/**
 * The access model the real loader builds from these files (path under `access/` to text),
 * so a grant's `resolved` identity and its catalog config are as in a run.
 */
export function modelOfFiles(files: Record<string, string>): AccessModel {
  return buildAccessModel(
    Object.entries(files).map(([path, body]) => ({
      path,
      relativePath: path.replace(/^access\//, ''),
      size: body.length,
      read: () => body,
    })),
  );
}
