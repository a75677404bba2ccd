/**
 * The client's log. Every line passes through a redactor first, so a token that slipped into a
 * URL, a header dump or an error text is printed as *** (the Action masks it too, but the CLI
 * has no runner to do that).
 */

export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export const silentLogger: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};

export function redact(text: string, secrets: readonly string[]): string {
  let result = text;
  for (const secret of secrets) {
    // very short values would mangle ordinary words; a real token is far longer
    if (secret.length >= 4) result = result.split(secret).join('***');
  }
  return result;
}

export function redactor(log: Logger | undefined, secrets: readonly string[]): Logger {
  const target = log ?? silentLogger;
  const wrap =
    (write: (message: string) => void) =>
    (message: unknown, ...rest: unknown[]): void => {
      const text = [message, ...rest]
        .map((part) => (typeof part === 'string' ? part : safeStringify(part)))
        .join(' ');
      write(redact(text, secrets));
    };
  return {
    debug: wrap((message) => target.debug(message)),
    info: wrap((message) => target.info(message)),
    warn: wrap((message) => target.warn(message)),
    error: wrap((message) => target.error(message)),
  };
}

function safeStringify(value: unknown): string {
  if (value instanceof Error) return value.message;
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}
