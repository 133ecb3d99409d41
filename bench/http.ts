import { spawn } from 'node:child_process';
import autocannon from 'autocannon';
import { ROOT, rssOf, scriptNodeFlags } from './process.js';

export interface HttpFigures {
  operation: string;
  connections: number;
  seconds: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  errors: number;
  non2xx: number;
  timeouts: number;
}

export interface HttpRun {
  results: HttpFigures[];
  peakRssMb: number;
}

/**
 * Starts the real server (src/server.ts) on the corpus, on a free loopback
 * port, loads it with autocannon for each operation in turn, and stops it.
 */
export async function loadTest(
  databasePath: string,
  operations: Array<{ name: string; body: string }>,
  options: { connections: number; seconds: number },
): Promise<HttpRun> {
  // Started as `npm start` starts it, node flags included, but without npm in between: the RSS
  // sampled is the server's own.
  const child = spawn(process.execPath, [...scriptNodeFlags('start'), '--import', 'tsx', 'src/server.ts'], {
    cwd: ROOT,
    // The load comes from one client; the rate limiter would measure itself, not the server.
    env: {
      ...process.env,
      PORT: '0',
      DATABASE_PATH: databasePath,
      LOG_LEVEL: 'info',
      // One worker: the figures describe one process; WORKERS=N multiplies throughput and memory.
      WORKERS: '1',
      RATE_LIMIT_PER_MINUTE: '1000000',
      RATE_LIMIT_BURST: '1000000',
      // The same query again and again would be answered from the response cache after the first:
      // the figures are of the server doing the work.
      RESPONSE_CACHE_TTL_MS: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /(http:\/\/localhost:\d+\/graphql)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        // From here on the request log is read and dropped: a full pipe would stall the server.
        child.stdout.off('data', onData);
        child.stdout.on('data', () => {});
        resolve(match[1].replace('localhost', '127.0.0.1'));
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
  const pid = child.pid as number;
  let peakRssMb = 0;
  const sampler = setInterval(() => {
    peakRssMb = Math.max(peakRssMb, rssOf(pid).rssMb);
  }, 100);
  try {
    const results: HttpFigures[] = [];
    for (const operation of operations) {
      const check = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: operation.body,
      });
      const checked = (await check.json()) as { errors?: unknown[] };
      if (!check.ok || checked.errors) throw new Error(`${operation.name} fails over HTTP: ${JSON.stringify(checked)}`);
      const result = await autocannon({
        url,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: operation.body,
        connections: options.connections,
        duration: options.seconds,
      });
      results.push({
        operation: operation.name,
        connections: options.connections,
        seconds: options.seconds,
        requestsPerSecond: Math.round(result.requests.average),
        p50Ms: result.latency.p50,
        p99Ms: result.latency.p99,
        requests: result.requests.total,
        errors: result.errors,
        non2xx: result.non2xx,
        timeouts: result.timeouts,
      });
    }
    peakRssMb = Math.max(peakRssMb, rssOf(pid).peakMb);
    return { results, peakRssMb: Math.round(peakRssMb) };
  } finally {
    clearInterval(sampler);
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  }
}
