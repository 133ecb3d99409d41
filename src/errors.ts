/**
 * The one error family. Anything thrown that is not an AppError is a bug and
 * stays masked; an AppError carries a code and a message a caller can act on.
 */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  | 'CONFLICT'
  | 'REQUEST_TIMEOUT';

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }

  /** GraphQL executors copy an original error's `extensions` onto the GraphQL error they wrap it in. */
  get extensions(): Record<string, unknown> {
    return { code: this.code, ...this.details };
  }
}

export class BadUserInputError extends AppError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super('BAD_USER_INPUT', message, details);
  }
}

/** The service cannot start: bad configuration or an unusable database. Printed as one line. */
export class StartupError extends Error {
  override name = 'StartupError';
}
