import { factList } from '../db/lists.js';
import { casualtyReports } from '../db/schema/index.js';

export const casualtyReportList = factList(casualtyReports);
