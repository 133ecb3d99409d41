import { builder } from '../builder.js';
import { ConflictError, type FieldIssue, ForbiddenError, NotFoundError, ValidationError } from '../errors.js';

/**
 * The typed errors a mutation can answer with instead of its payload. Each is
 * an AppError subclass (errors.ts), so the same failure thrown outside a
 * mutation still maps to a GraphQL error with its code.
 */
export const MutationError = builder.interfaceRef<Error>('MutationError').implement({
  description: 'Why a mutation changed nothing. Every mutation answers with its payload or one of these.',
  fields: (t) => ({
    message: t.exposeString('message', { description: 'What went wrong and what to do about it.' }),
  }),
});

const FieldIssueType = builder.objectRef<FieldIssue>('FieldIssue').implement({
  description: 'One invalid field of an input.',
  fields: (t) => ({
    path: t.exposeStringList('path', {
      description: 'Where the field is within the input: ["count"], ["evidence", "text"].',
    }),
    message: t.exposeString('message', { description: 'What is wrong with its value.' }),
  }),
});

builder.objectType(ValidationError, {
  name: 'ValidationError',
  description: 'The input breaks a rule; every invalid field is listed. Nothing was written.',
  interfaces: [MutationError],
  fields: (t) => ({
    issues: t.field({
      type: [FieldIssueType],
      description: 'Each invalid field and what is wrong with it.',
      resolve: (e) => e.issues,
    }),
  }),
});

builder.objectType(NotFoundError, {
  name: 'NotFoundError',
  description: 'A record the input names does not exist (or was retracted). Nothing was written.',
  interfaces: [MutationError],
});

builder.objectType(ConflictError, {
  name: 'ConflictError',
  description:
    'The record changed since the caller read it, or its state does not allow the change. Nothing was written: read it again, then retry.',
  interfaces: [MutationError],
  fields: (t) => ({
    currentRevision: t.int({
      nullable: true,
      description: 'The revision the record has now; send it with the retried update.',
      resolve: (e) => e.currentRevision,
    }),
  }),
});

builder.objectType(ForbiddenError, {
  name: 'ForbiddenError',
  description: "The caller's token has a role that may not do this. Nothing was written.",
  interfaces: [MutationError],
});

/** The `errors` option of every mutation: its payload (`<Name>Payload`) or one of the typed errors. */
export function mutationErrors(fieldName: string) {
  return {
    types: [ValidationError, NotFoundError, ConflictError, ForbiddenError],
    directResult: true as const,
    union: { description: `What \`${fieldName}\` answers: its payload, or the typed error that stopped it.` },
  };
}
