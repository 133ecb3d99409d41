import { AsyncLocalStorage } from 'node:async_hooks';

/** What the process knows about the request it is serving, wherever it is in the call stack. */
export interface RequestScope {
  /**
   * False once the response is out. The scope is entered with enterWith, which can outlive the
   * request in the caller's context (yoga.fetch in-process): an ended scope counts and limits nothing.
   */
  active: boolean;
  requestId: string;
  startedAt: number;
  /** performance.now() after which the request may run no more SQL. */
  deadline: number;
  sqlStatements: number;
  operationName: string | null;
  caller: string;
  errorCodes: string[];
}

export const requestScope = new AsyncLocalStorage<RequestScope>();
