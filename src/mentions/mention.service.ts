import { readingOrder } from '../db/lists.js';
import { rowList } from '../db/pagination.js';
import { mentions } from '../db/schema/index.js';

export const mentionList = rowList(mentions, { name: 'READING_ORDER', ...readingOrder(mentions) });
