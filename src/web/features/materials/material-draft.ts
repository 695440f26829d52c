import type { MaterialCategory } from '../../../shared/model/common.ts';
import type { Attachment, Material } from '../../../shared/model/materials.ts';

/** The editor's state: what a person types, before it becomes a material's fields. */
export interface MaterialDraft {
  title: string;
  category: MaterialCategory | '';
  /** Comma-separated, as typed. */
  tags: string;
  summary: string;
  body: string;
  published: boolean;
  attachments: Attachment[];
}

export const EMPTY_DRAFT: MaterialDraft = {
  title: '',
  category: '',
  tags: '',
  summary: '',
  body: '',
  published: false,
  attachments: [],
};

export const draftOf = (material: Material): MaterialDraft => ({
  title: material.title,
  category: material.category,
  tags: material.tags.join(', '),
  summary: material.summary ?? '',
  body: material.body,
  published: material.published,
  attachments: material.attachments,
});

const tagList = (typed: string): string[] => [
  ...new Set(
    typed
      .split(',')
      .map((tag) => tag.trim())
      .filter(Boolean),
  ),
];

/** The draft as material fields (validated by mutate against the shared schema). */
export const fieldsOf = (draft: MaterialDraft): Record<string, unknown> => ({
  title: draft.title,
  category: draft.category,
  tags: tagList(draft.tags),
  summary: draft.summary,
  body: draft.body,
  published: draft.published,
  attachments: draft.attachments,
});

/** Only the fields that changed: the per-field merge keeps a colleague's edits to the others. */
export function changedFields(
  before: MaterialDraft,
  after: MaterialDraft,
): Record<string, unknown> {
  const old = fieldsOf(before);
  return Object.fromEntries(
    Object.entries(fieldsOf(after)).filter(
      ([field, value]) => JSON.stringify(value) !== JSON.stringify(old[field]),
    ),
  );
}
