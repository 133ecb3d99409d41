import { createHash } from 'node:crypto';
import type { Plugin } from 'graphql-yoga';
import type { ServiceConfig } from '../config.js';

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * A token bucket per client: `burst` requests at once, refilled at
 * `perMinute`. The client is its API token when it sends one (hashed: the
 * token itself is never kept), else its address. Buckets live in this
 * process; with several workers each keeps its own.
 */
export function useRateLimit(
  config: Pick<ServiceConfig, 'rateLimitPerMinute' | 'rateLimitBurst' | 'trustProxy'>,
  now = () => Date.now(),
): Plugin {
  const buckets = new Map<string, Bucket>();
  const perMs = config.rateLimitPerMinute / 60_000;
  const clientOf = (request: Request, socketAddress: string | undefined) => {
    const token = /^Bearer\s+(\S+)$/i.exec(request.headers.get('authorization') ?? '')?.[1];
    if (token) return `token:${createHash('sha256').update(token).digest('hex')}`;
    const forwarded = config.trustProxy ? request.headers.get('x-forwarded-for')?.split(',')[0]?.trim() : undefined;
    return `ip:${forwarded || socketAddress || 'unknown'}`;
  };
  return {
    onRequest({ request, url, serverContext, endResponse, fetchAPI }) {
      if (url.pathname !== '/graphql' || request.method === 'OPTIONS') return;
      const t = now();
      // Forget full buckets now and then, so that one-off clients do not pile up.
      if (buckets.size > 10_000) {
        for (const [key, b] of buckets) if (b.tokens + (t - b.at) * perMs >= config.rateLimitBurst) buckets.delete(key);
      }
      const key = clientOf(
        request,
        (serverContext as { req?: { socket?: { remoteAddress?: string } } }).req?.socket?.remoteAddress,
      );
      const bucket = buckets.get(key) ?? { tokens: config.rateLimitBurst, at: t };
      bucket.tokens = Math.min(config.rateLimitBurst, bucket.tokens + (t - bucket.at) * perMs);
      bucket.at = t;
      buckets.set(key, bucket);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return;
      }
      const retryAfter = Math.ceil((1 - bucket.tokens) / perMs / 1000);
      endResponse(
        new fetchAPI.Response(
          JSON.stringify({
            errors: [
              {
                message: `Too many requests: the limit is ${config.rateLimitPerMinute} a minute (bursts of ${config.rateLimitBurst}); retry in ${retryAfter} s.`,
                extensions: { code: 'RATE_LIMITED', retryAfterSeconds: retryAfter },
              },
            ],
          }),
          { status: 429, headers: { 'content-type': 'application/json', 'retry-after': String(retryAfter) } },
        ),
      );
    },
  };
}
