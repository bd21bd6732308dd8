// Talking to a running Stormbell over its API with an API token, for the commands that work from any machine that
// can reach the server (STORMBELL_URL and STORMBELL_TOKEN, or --url and --token).
import { CliError } from './errors.js';

export interface RemoteOptions {
  url?: string;
  token?: string;
  json?: boolean;
}

interface Problem {
  detail?: string;
  errors?: Array<{ field: string; message: string; line?: number; column?: number }>;
}

function baseUrl(o: RemoteOptions): string {
  return (o.url ?? process.env.STORMBELL_URL ?? 'http://localhost:3000').replace(/\/+$/, '');
}

/** The answer's JSON; a refusal becomes a CliError with the problem's detail and its fields (or lines). */
export async function call<T>(o: RemoteOptions, method: string, path: string, body?: unknown): Promise<T> {
  const base = baseUrl(o);
  const token = o.token ?? process.env.STORMBELL_TOKEN;
  if (!token)
    throw new CliError(
      'No API token: set STORMBELL_TOKEN or pass --token (create one with `stormbell token create`).',
    );
  let res: Response;
  try {
    res = await fetch(`${base}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        accept: 'application/json',
        ...(body ? { 'content-type': 'application/json' } : {}),
      },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
  } catch {
    throw new CliError(`Stormbell is not reachable at ${base}: is it running, and is STORMBELL_URL right?`);
  }
  const text = await res.text();
  let data: unknown;
  try {
    data = text ? (JSON.parse(text) as unknown) : undefined;
  } catch {
    throw new CliError(`Stormbell at ${base} answered ${res.status} with something that is not JSON.`);
  }
  if (!res.ok) {
    const p = (data ?? {}) as Problem;
    const fields = (p.errors ?? [])
      .map((e) => `  ${e.line ? `line ${e.line}:${e.column ?? 1}` : e.field}: ${e.message}`)
      .join('\n');
    throw new CliError(`${p.detail ?? `HTTP ${res.status}`}${fields ? `\n${fields}` : ''}`);
  }
  return data as T;
}
