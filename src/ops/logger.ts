import { pino } from 'pino';
import { requestScope } from './request-scope.js';

export type Logger = pino.Logger;

/** JSON lines on stdout; every line written while serving a request carries its request id. */
export function createLogger(level = process.env.LOG_LEVEL ?? 'info', destination?: pino.DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level,
    base: { service: 'newsgraph' },
    mixin: () => {
      const scope = requestScope.getStore();
      return scope?.active ? { requestId: scope.requestId } : {};
    },
  };
  return destination ? pino(options, destination) : pino(options);
}

/** The logger yoga writes its own messages (unexpected errors among them) to. */
export function yogaLogger(logger: Logger) {
  return {
    debug: (...args: unknown[]) => logger.debug({ details: args }, 'yoga'),
    info: (...args: unknown[]) => logger.info({ details: args }, 'yoga'),
    warn: (...args: unknown[]) => logger.warn({ details: args }, 'yoga'),
    error: (...args: unknown[]) =>
      logger.error(
        { err: args.find((a) => a instanceof Error), details: args.filter((a) => !(a instanceof Error)) },
        'unexpected error',
      ),
  };
}
