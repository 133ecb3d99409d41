import type { Db } from '../db/client.js';
import type { EditRow } from '../db/schema/index.js';
import { AppError } from '../errors.js';
import { changeLogHead, changesAfter } from '../history/change-log.js';

export interface ChangeFeedOptions {
  /** How often the change log is read while anyone listens. */
  intervalMs: number;
  /** Subscriptions one process serves at once. */
  maxSubscribers: number;
  /** Told of a failed read of the log; the next poll reads from the same place again. */
  onError?: (error: unknown) => void;
}

/** Entries read from the log at once, replayed or live. */
const BATCH = 500;
/** Changes a subscriber may fall behind by; past that it is closed and resumes with `after`. */
const MAX_BEHIND = 10_000;

/**
 * Follows the change log (the `edits` table) for every subscriber of this
 * process with one poller: the log is the only source of events, so a
 * subscriber hears of a write made by any process (another worker, the
 * ingest command) and can resume after the last change it saw.
 */
export class ChangeFeed {
  private head = 0;
  private timer: NodeJS.Timeout | null = null;
  private closed = false;
  private readonly subscriptions = new Set<Subscription<unknown>>();

  constructor(
    private readonly db: Db,
    private readonly options: ChangeFeedOptions,
  ) {}

  get size(): number {
    return this.subscriptions.size;
  }

  /**
   * Every change after `after` (none of the past when null), then each new
   * one, as the events `select` makes of it (often none). `select` runs
   * synchronously as each change is delivered, so it reads the store as of then.
   */
  subscribe<T>(after: number | null, select: (change: EditRow) => T[]): AsyncIterableIterator<T> {
    // 503, as HTTP says of a server that is busy or going away.
    const unavailable = { http: { status: 503 } };
    if (this.closed) {
      throw new AppError('UNAVAILABLE', 'The server is shutting down; reconnect to another.', unavailable);
    }
    if (this.subscriptions.size >= this.options.maxSubscribers) {
      throw new AppError(
        'UNAVAILABLE',
        `This server already serves ${this.options.maxSubscribers} subscriptions; retry later or on another.`,
        unavailable,
      );
    }
    if (this.timer === null) {
      this.head = changeLogHead(this.db);
      this.timer = setInterval(() => {
        try {
          this.poll();
        } catch (error) {
          this.options.onError?.(error);
        }
      }, this.options.intervalMs);
      this.timer.unref();
    }
    const from = after === null ? this.head : Math.min(after, this.head);
    const subscription = new Subscription<T>(this.db, from, this.head, select, () => {
      this.subscriptions.delete(subscription as Subscription<unknown>);
      if (this.subscriptions.size === 0) this.stop();
    });
    this.subscriptions.add(subscription as Subscription<unknown>);
    return subscription;
  }

  /** Ends every subscription (their streams complete) and refuses new ones: the server is draining. */
  close(): void {
    this.closed = true;
    for (const subscription of [...this.subscriptions]) subscription.end();
    this.stop();
  }

  private stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  private poll(): void {
    for (;;) {
      const changes = changesAfter(this.db, this.head, BATCH);
      for (const change of changes) for (const subscription of this.subscriptions) subscription.push(change);
      const last = changes.at(-1);
      if (last) this.head = last.id;
      if (changes.length < BATCH) return;
    }
  }
}

/**
 * One subscriber's stream: first the changes from its resume point up to the
 * feed's head when it subscribed (read from the log page by page as it pulls),
 * then the live changes the feed pushes, which all come after that head.
 */
class Subscription<T> implements AsyncIterableIterator<T> {
  private readonly queue: EditRow[] = [];
  private replay: EditRow[] = [];
  private ready: T[] = [];
  private waiting: ((result: IteratorResult<T>) => void) | null = null;
  private done = false;

  constructor(
    private readonly db: Db,
    private replayedTo: number,
    private readonly replayUntil: number,
    private readonly select: (change: EditRow) => T[],
    private readonly onEnd: () => void,
  ) {}

  [Symbol.asyncIterator]() {
    return this;
  }

  push(change: EditRow): void {
    if (this.done) return;
    if (this.queue.length >= MAX_BEHIND) {
      this.end();
      return;
    }
    this.queue.push(change);
    if (!this.waiting) return;
    let value: T | undefined;
    try {
      value = this.take();
    } catch {
      // One subscriber's failing filter must not hold up the others: it alone ends (and may resume).
      this.end();
      return;
    }
    if (value !== undefined) {
      const resolve = this.waiting;
      this.waiting = null;
      resolve({ value, done: false });
    }
  }

  next(): Promise<IteratorResult<T>> {
    if (this.done) return Promise.resolve({ value: undefined, done: true });
    const value = this.take();
    if (value !== undefined) return Promise.resolve({ value, done: false });
    return new Promise((resolve) => {
      this.waiting = resolve;
    });
  }

  return(): Promise<IteratorResult<T>> {
    this.end();
    return Promise.resolve({ value: undefined, done: true });
  }

  end(): void {
    if (this.done) return;
    this.done = true;
    this.queue.length = 0;
    this.ready = [];
    this.onEnd();
    const resolve = this.waiting;
    this.waiting = null;
    resolve?.({ value: undefined, done: true });
  }

  /** The next selected change, replayed or queued; undefined when none is at hand. */
  private take(): T | undefined {
    for (;;) {
      if (this.ready.length) return this.ready.shift();
      if (this.replay.length === 0 && this.replayedTo < this.replayUntil) {
        this.replay = changesAfter(this.db, this.replayedTo, BATCH).filter((c) => c.id <= this.replayUntil);
        this.replayedTo = this.replay.at(-1)?.id ?? this.replayUntil;
      }
      const change = this.replay.shift() ?? this.queue.shift();
      if (!change) return undefined;
      this.ready = this.select(change);
    }
  }
}
