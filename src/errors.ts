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
  | 'REQUEST_TIMEOUT'
  | 'UNAVAILABLE';

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

/** A credential was sent but is not a live token (or anonymous reads are off). */
export class UnauthenticatedError extends AppError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super('UNAUTHENTICATED', message, details);
  }
}

/** One bad field of an input: where it is within the input (`["evidence", "text"]`) and what is wrong with it. */
export interface FieldIssue {
  path: string[];
  message: string;
}

/** Input that breaks a rule: every bad field is named, so a form can mark them all at once. */
export class ValidationError extends AppError {
  constructor(readonly issues: FieldIssue[]) {
    super(
      'BAD_USER_INPUT',
      issues.length === 1
        ? `${issues[0]?.path.join('.')}: ${issues[0]?.message}`
        : `${issues.length} fields are invalid: ${issues.map((i) => i.path.join('.')).join(', ')}`,
      { issues },
    );
  }
}

export class NotFoundError extends AppError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super('NOT_FOUND', message, details);
  }
}

/** The record changed since the caller read it (or its state forbids the change); nothing was written. */
export class ConflictError extends AppError {
  constructor(
    message: string,
    readonly currentRevision: number | null,
  ) {
    super('CONFLICT', message, { currentRevision });
  }
}

/** The caller is known but its role does not allow this. */
export class ForbiddenError extends AppError {
  constructor(message: string) {
    super('FORBIDDEN', message);
  }
}

/** The service cannot start: bad configuration or an unusable database. Printed as one line. */
export class StartupError extends Error {
  override name = 'StartupError';
}
