import type { Initiative } from '../../../shared/model/initiatives.ts';
import { db } from '../../store/db.ts';

/** The organization's name from the registry, else the informal group's name. */
export async function applicantName(initiative: Initiative): Promise<string> {
  const organization = initiative.organizationId
    ? await db.records('organizations').get(initiative.organizationId)
    : undefined;
  return organization?.name ?? initiative.applicantGroup ?? '';
}
