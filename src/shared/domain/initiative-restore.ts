import type { Initiative } from '../model/initiatives.ts';
import { initiativeContentFields, type InitiativeContent } from '../model/initiative-versions.ts';

const CONTENT_KEYS = Object.keys(initiativeContentFields.shape) as (keyof InitiativeContent)[];

/** What a version keeps of an initiative: its sections and applicant, without status. */
export function contentOf(initiative: Initiative): InitiativeContent {
  const content: Record<string, unknown> = {};
  for (const key of CONTENT_KEYS) if (initiative[key] !== undefined) content[key] = initiative[key];
  return content as InitiativeContent;
}

/**
 * Restoring a version is a new edit, not a rewrite of history: the patch carries only the fields
 * that differ now (null clears one the version did not have), so untouched sections keep their
 * clocks and a colleague's concurrent edit of another section survives.
 */
export function restorePatch(
  current: Initiative,
  version: InitiativeContent,
): Record<string, unknown> {
  const patch: Record<string, unknown> = {};
  for (const key of CONTENT_KEYS) {
    const before = current[key];
    const after = version[key];
    if (JSON.stringify(before) === JSON.stringify(after)) continue;
    patch[key] = after === undefined ? null : after;
  }
  return patch;
}
