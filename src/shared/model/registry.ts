import type { z } from 'zod';
import type { Role } from './common.ts';
import { centreFields, centreSchema } from './centres.ts';
import { checklistTemplateFields, checklistTemplateSchema } from './checklist-templates.ts';
import { materialFields, materialSchema } from './materials.ts';
import { trainingFields, trainingSchema } from './trainings.ts';
import { organizationFields, organizationSchema } from './organizations.ts';
import { checklistFields, checklistSchema } from './checklists.ts';
import { initiativeFields, initiativeSchema } from './initiatives.ts';
import { commentFields, commentSchema } from './comments.ts';
import { contestFields, contestSchema } from './contests.ts';
import { initiativeVersionFields, initiativeVersionSchema } from './initiative-versions.ts';
import { registrationFields, registrationSchema } from './registrations.ts';
import { consultationFields, consultationSchema } from './consultations.ts';
import { conflictFields, conflictSchema } from './conflicts.ts';

/**
 * global: centreId is null, every centre pulls it.
 * centre: centreId is a centre, only that centre (and regional) pulls it.
 * either: global when centreId is null (regional), else centre-scoped.
 */
export type Scope = 'global' | 'centre' | 'either';

export interface CollectionSpec {
  /** The record's fields without cross-field rules: used to check a partial patch. */
  fields: z.ZodObject;
  /** The whole record with its cross-field rules: used to check the merged record. */
  schema: z.ZodType;
  scope: Scope;
  /** Roles whose mutations the server accepts through sync. */
  writers: readonly Role[];
  /** Fields only the server sets; a client patch that touches them is rejected. */
  serverOwned: readonly string[];
  /** When set, the only fields a client may patch (everything else is server-written). */
  clientFields?: readonly string[];
  /**
   * Who made the change, filled by the server from the signed-in writer when the record is
   * created (`on: 'create'`) or when the `on` field's new value wins; what a client sends there
   * is dropped (older PCs still send a comment's author), never believed.
   */
  writer?: WriterFields;
}

export interface WriterFields {
  id: string;
  name: string;
  on: 'create' | 'status';
}

export const collections = {
  centres: {
    fields: centreFields,
    schema: centreSchema,
    scope: 'global',
    writers: ['regional'],
    serverOwned: [],
  },
  checklistTemplates: {
    fields: checklistTemplateFields,
    schema: checklistTemplateSchema,
    scope: 'global',
    writers: ['regional'],
    serverOwned: [],
  },
  materials: {
    fields: materialFields,
    schema: materialSchema,
    scope: 'global',
    writers: ['regional'],
    serverOwned: [],
  },
  trainings: {
    fields: trainingFields,
    schema: trainingSchema,
    scope: 'either',
    writers: ['regional', 'staff'],
    serverOwned: ['confirmedCount', 'waitlistCount'],
  },
  organizations: {
    fields: organizationFields,
    schema: organizationSchema,
    scope: 'centre',
    writers: ['staff', 'regional'],
    serverOwned: [],
  },
  checklists: {
    fields: checklistFields,
    schema: checklistSchema,
    scope: 'centre',
    writers: ['staff', 'regional'],
    serverOwned: [],
  },
  initiatives: {
    fields: initiativeFields,
    schema: initiativeSchema,
    scope: 'centre',
    writers: ['staff', 'regional'],
    serverOwned: [],
    writer: { id: 'statusChangedById', name: 'statusChangedByName', on: 'status' },
  },
  comments: {
    fields: commentFields,
    schema: commentSchema,
    scope: 'centre',
    writers: ['staff', 'regional'],
    serverOwned: [],
    writer: { id: 'authorId', name: 'authorName', on: 'create' },
  },
  contests: {
    fields: contestFields,
    schema: contestSchema,
    scope: 'global',
    writers: ['regional'],
    serverOwned: [],
  },
  initiativeVersions: {
    fields: initiativeVersionFields,
    schema: initiativeVersionSchema,
    scope: 'centre',
    writers: ['staff', 'regional'],
    serverOwned: [],
    writer: { id: 'authorId', name: 'authorName', on: 'create' },
  },
  registrations: {
    fields: registrationFields,
    schema: registrationSchema,
    scope: 'centre',
    writers: ['staff', 'regional'],
    serverOwned: ['placement', 'queueHlc', 'duplicateOf'],
  },
  consultations: {
    fields: consultationFields,
    schema: consultationSchema,
    scope: 'centre',
    writers: ['staff', 'regional'],
    serverOwned: [],
  },
  conflicts: {
    fields: conflictFields,
    schema: conflictSchema,
    scope: 'either',
    writers: ['staff', 'regional'],
    serverOwned: [],
    clientFields: ['status', 'updatedAt'],
    writer: { id: 'resolvedById', name: 'resolvedByName', on: 'status' },
  },
} as const satisfies Record<string, CollectionSpec>;

export type CollectionName = keyof typeof collections;
export const COLLECTION_NAMES = Object.keys(collections) as CollectionName[];

export type RecordOf<C extends CollectionName> = z.infer<(typeof collections)[C]['schema']>;

export function isCollectionName(name: string): name is CollectionName {
  return Object.hasOwn(collections, name);
}

export function collectionSpec(name: CollectionName): CollectionSpec {
  return collections[name];
}
