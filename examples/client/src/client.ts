import type { TypedDocumentNode } from '@graphql-typed-document-node/core';

/**
 * Sends a generated operation by its hash alone (a persisted operation), so
 * that a server limited to the allow-list runs it; the result is typed by it.
 */
export async function request<Result, Variables>(
  endpoint: string,
  document: TypedDocumentNode<Result, Variables>,
  variables: Variables,
  /** An API token, for mutations and private reads. */
  token?: string,
): Promise<Result> {
  const hash = (document as { __meta__?: { hash?: string } }).__meta__?.hash;
  if (!hash) throw new Error('the document has no persisted hash; run the SDK generation');
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ variables, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }),
  });
  const body = (await response.json()) as { data?: Result; errors?: Array<{ message: string }> };
  if (body.errors?.length || !body.data) {
    throw new Error(`newsgraph answered ${response.status}: ${body.errors?.map((e) => e.message).join('; ')}`);
  }
  return body.data;
}
