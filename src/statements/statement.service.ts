import { factList } from '../db/lists.js';
import { statements } from '../db/schema/index.js';

export const statementList = factList(statements);
