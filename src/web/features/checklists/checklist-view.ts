import type { ChecklistTemplate } from '../../../shared/model/checklist-templates.ts';
import type { Checklist } from '../../../shared/model/checklists.ts';
import type { Organization } from '../../../shared/model/organizations.ts';
import { db } from '../../store/db.ts';

export interface ChecklistView {
  checklist: Checklist;
  template: ChecklistTemplate | undefined;
  organization: Organization | undefined;
  materialTitles: Map<string, string>;
}

/** Everything the checklist screen shows, read in one live query; null when it is not here. */
export async function loadChecklistView(id: string): Promise<ChecklistView | null> {
  const checklist = await db.records('checklists').get(id);
  if (!checklist || checklist.deleted) return null;
  const [template, organization] = await Promise.all([
    db.records('checklistTemplates').get(checklist.templateId),
    db.records('organizations').get(checklist.organizationId),
  ]);
  const materialIds = [...new Set(template?.steps.flatMap((step) => step.materialIds) ?? [])];
  const materials = await db.records('materials').bulkGet(materialIds);
  const materialTitles = new Map(
    materials.flatMap((material) => (material ? [[material.id, material.title] as const] : [])),
  );
  return { checklist, template, organization, materialTitles };
}
