import type { Db } from '../db/client.js';
import { factDay } from '../db/filters.js';
import { groupedFacts, periodKeys } from '../db/grouped.js';
import type { Filter } from '../db/pagination.js';
import { type deploymentStatuses, militaryDeployments } from '../db/schema/index.js';

export const deploymentGroupKeys = ['DEPLOYING_COUNTRY', 'HOST_COUNTRY', 'STATUS', 'MONTH', 'YEAR'] as const;
export type DeploymentGroupKey = (typeof deploymentGroupKeys)[number];

export interface DeploymentBucket {
  deployingCountryId: number | null;
  hostCountryId: number | null;
  status: (typeof deploymentStatuses)[number] | null;
  period: string | null;
  deploymentCount: number;
  personnel: number;
  withoutPersonnelCount: number;
  deployingCountryCount: number;
  hostCountryCount: number;
  articleCount: number;
}

const KEYS = {
  DEPLOYING_COUNTRY: { deployingCountryId: 't.deploying_country_id' },
  HOST_COUNTRY: { hostCountryId: 't.host_country_id' },
  STATUS: { status: 't.status' },
  ...periodKeys(['MONTH', 'YEAR'], factDay(militaryDeployments.occurredOn)('t')),
};

/** Deployments counted per bucket, personnel summed over the known figures. */
export function deploymentStats(db: Db, filter: Filter | undefined, groupBy: DeploymentGroupKey[]): DeploymentBucket[] {
  return groupedFacts<DeploymentGroupKey, DeploymentBucket>(db, {
    table: militaryDeployments,
    keys: KEYS,
    groupBy,
    measures: {
      deploymentCount: 'count(*)',
      personnel: 'coalesce(sum(t.personnel), 0)',
      withoutPersonnelCount: 'count(*) - count(t.personnel)',
      deployingCountryCount: 'count(DISTINCT t.deploying_country_id)',
      hostCountryCount: 'count(DISTINCT t.host_country_id)',
      articleCount: 'count(DISTINCT t.article_id)',
    },
    filter,
  });
}
