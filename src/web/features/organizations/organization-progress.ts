import {
  checklistProgress,
  type ChecklistProgress,
} from '../../../shared/domain/checklist-progress.ts';
import { db } from '../../store/db.ts';

/** Progress of each organization's latest checklist, by organization id (live from Dexie). */
export async function progressByOrganization(): Promise<Map<string, ChecklistProgress>> {
  const [checklists, templates] = await Promise.all([
    db.records('checklists').toArray(),
    db.records('checklistTemplates').toArray(),
  ]);
  const templateById = new Map(templates.map((template) => [template.id, template]));
  const result = new Map<string, ChecklistProgress>();
  const latest = checklists
    .filter((c) => !c.deleted)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  for (const checklist of latest) {
    const template = templateById.get(checklist.templateId);
    if (template)
      result.set(checklist.organizationId, checklistProgress(template.steps, checklist.steps));
  }
  return result;
}
