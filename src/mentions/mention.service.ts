import { factList } from '../db/lists.js';
import { mentions } from '../db/schema/index.js';

export const mentionList = factList(mentions);
