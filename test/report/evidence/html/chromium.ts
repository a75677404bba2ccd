// Drives the real headless Chromium the way a person's browser opens the report: from a
// file:// URL with no server. Each launch gets its own profile folder and its own process
// group, so a hung browser is killed whole (renderer and GPU helpers included) on timeout.
import { spawn } from 'node:child_process';
import { accessSync, constants, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ChromiumAvailability {
  binary: string | undefined;
  /** Why the tests cannot run, when they cannot. */
  missing?: string;
}

export function findChromium(env: NodeJS.ProcessEnv = process.env): ChromiumAvailability {
  const binary = env.ACCESSCTL_TEST_CHROMIUM;
  if (binary === undefined || binary === '')
    return {
      binary,
      missing:
        'ACCESSCTL_TEST_CHROMIUM is not set; run `eval "$(bash .ci/services.sh)"` to install Chromium and set it',
    };
  try {
    accessSync(binary, constants.X_OK);
  } catch {
    return {
      binary,
      missing: `ACCESSCTL_TEST_CHROMIUM=${binary} is not an executable file; install Debian's chromium package or point the variable at a Chromium binary`,
    };
  }
  return { binary };
}

export interface ChromiumRun {
  stdout: string;
  stderr: string;
  ms: number;
}

/** Runs one headless Chromium on `url` with the extra switches (--dump-dom, --screenshot=...). */
export function runChromium(
  binary: string,
  url: string,
  switches: readonly string[],
  timeoutMs = 30_000,
): Promise<ChromiumRun> {
  const profile = mkdtempSync(join(tmpdir(), 'accessctl-chromium-profile-'));
  const args = [
    '--headless=new',
    // Tests run as root in CI containers, where Chromium's sandbox cannot start.
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-extensions',
    '--hide-scrollbars',
    `--user-data-dir=${profile}`,
    ...switches,
    url,
  ];
  const started = performance.now();
  return new Promise<ChromiumRun>((resolve, reject) => {
    const child = spawn(binary, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    let timedOut = false;
    const killGroup = (): void => {
      if (child.pid === undefined) return;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // The group is already gone.
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup();
    }, timeoutMs);
    const finish = (error: Error | undefined): void => {
      clearTimeout(timer);
      // Helpers that outlive the browser process would hold the profile folder open.
      killGroup();
      rmSync(profile, { recursive: true, force: true });
      const run = {
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
        ms: Math.round(performance.now() - started),
      };
      if (error === undefined) resolve(run);
      else
        reject(
          new Error(
            `${error.message}\n${binary} ${args.join(' ')}\nstderr (last lines):\n${tail(run.stderr)}`,
          ),
        );
    };
    child.on('error', (error) => finish(new Error(`could not start Chromium: ${error.message}`)));
    child.on('close', (code, signal) => {
      if (timedOut)
        finish(new Error(`Chromium did not finish within ${timeoutMs} ms and was killed`));
      else if (code !== 0) finish(new Error(`Chromium exited with ${code ?? signal}`));
      else finish(undefined);
    });
  });
}

function tail(text: string, lines = 15): string {
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}
