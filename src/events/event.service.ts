import { rowList } from '../db/pagination.js';
import { events } from '../db/schema/index.js';

export const eventList = rowList(events, { columns: [events.id], descending: false, key: (r) => [r.id] });
