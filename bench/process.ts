import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The repository's root, where the benchmark starts the server and the CLI. */
export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Resident memory of a process now, and its high-water mark, in MB, from /proc (Linux). */
export function rssOf(pid: number): { rssMb: number; peakMb: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0);
  return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
}

/**
 * The memory flags an npm script runs node with (`--max-semi-space-size`,
 * `--max-old-space-size` for `start` and `ingest`), so that a process the
 * benchmark starts itself, without npm in between, is measured as a user
 * would run it.
 */
export function scriptNodeFlags(script: 'start' | 'ingest'): string[] {
  const pkg = JSON.parse(fs.readFileSync(`${ROOT}package.json`, 'utf8')) as { scripts: Record<string, string> };
  const command = pkg.scripts[script];
  if (!command?.startsWith('node ')) throw new Error(`npm run ${script} does not start node`);
  return command.split(/\s+/).filter((word) => word.startsWith('--max-'));
}
