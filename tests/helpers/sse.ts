/** A subscription over GraphQL over SSE (yoga's "distinct connections" mode), read event by event. */
export interface SseSubscription {
  /** Resolves once the server answered: the subscription is registered, later changes reach it. */
  opened: Promise<void>;
  /** The `data` of the next `next` event; rejects when the stream completes or nothing comes in time. */
  next<T = Record<string, unknown>>(): Promise<T>;
  close(): void;
}

/** How long a test waits for one event: the server polls its change log every 250 ms. */
const EVENT_TIMEOUT_MS = 10_000;

export function subscribe(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  send: (url: string, init: RequestInit) => Promise<Response> = fetch,
): SseSubscription {
  const abort = new AbortController();
  const events: Array<{ event: string; data: string }> = [];
  let wake: (() => void) | null = null;
  let ended = false;
  let status = 0;
  let reader: ReadableStreamDefaultReader<Uint8Array> | null = null;
  const response = send(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
    body: JSON.stringify({ query, variables }),
    signal: abort.signal,
  });
  const opened = response.then((r) => {
    // A subscription refused at the start still answers a stream: its one event carries the errors.
    if (!r.headers.get('content-type')?.startsWith('text/event-stream') || !r.body) {
      throw new Error(`subscription answered HTTP ${r.status} ${r.headers.get('content-type')}`);
    }
    status = r.status;
    void read(r.body);
  });
  async function read(body: ReadableStream<Uint8Array>) {
    const decoder = new TextDecoder();
    let buffer = '';
    reader = body.getReader();
    try {
      for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
        buffer += decoder.decode(chunk.value, { stream: true });
        for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const field = (name: string) =>
            block
              .split('\n')
              .filter((line) => line.startsWith(`${name}:`))
              .map((line) => line.slice(name.length + 1).trim())
              .join('\n');
          if (field('event')) events.push({ event: field('event'), data: field('data') });
        }
        wake?.();
      }
    } catch {
      // Aborted by close().
    }
    ended = true;
    wake?.();
  }
  async function next<T>(): Promise<T> {
    await opened;
    const deadline = Date.now() + EVENT_TIMEOUT_MS;
    for (;;) {
      const event = events.shift();
      if (event?.event === 'next') {
        const result = JSON.parse(event.data) as { data: T; errors?: unknown[] };
        if (result.errors) throw new Error(`the subscription failed (HTTP ${status}): ${event.data}`);
        return result.data;
      }
      if (event) throw new Error(`the stream sent "${event.event}" instead of an event: ${event.data}`);
      if (ended) throw new Error('the stream ended');
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no event within ${EVENT_TIMEOUT_MS} ms`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wake = null;
    }
  }
  // Cancelling the body is what ends the stream of an in-process response; a socket also needs the abort.
  const close = () => {
    reader?.cancel().catch(() => {});
    abort.abort();
  };
  return { opened, next, close };
}
