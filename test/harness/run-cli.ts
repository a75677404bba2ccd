import { runCli } from '../../src/cli.js';

/**
 * The CLI run in this process, in `cwd`, with `env` set for the run only (a value '' empties
 * a variable): its exit code and what it wrote to stdout and stderr.
 */
export async function runCliWith(
  argv: string[],
  cwd: string,
  env: Record<string, string> = {},
): Promise<{ code: number; out: string; err: string }> {
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, env);
  let out = '';
  let err = '';
  try {
    const code = await runCli(argv, {
      out: (t) => void (out += t),
      err: (t) => void (err += t),
      cwd,
    });
    return { code, out, err };
  } finally {
    for (const [k, v] of Object.entries(saved))
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
  }
}
