import type { Emulator } from './server.js';

/** A bare fetch wrapper for emulator tests: what was sent is what GitHub would have received. */

export interface Answer {
  status: number;
  headers: Headers;
  // test code reads arbitrary JSON from answers; narrowing every field would hide the intent
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
}

export function client(emulator: Emulator, token: string | null = emulator.token) {
  return async (method: string, path: string, body?: unknown): Promise<Answer> => {
    const headers: Record<string, string> = { accept: 'application/vnd.github+json' };
    if (token !== null) headers.authorization = `Bearer ${token}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`${emulator.url}${path}`, {
      method,
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return {
      status: response.status,
      headers: response.headers,
      body: text === '' ? undefined : JSON.parse(text),
    };
  };
}
