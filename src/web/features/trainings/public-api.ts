import { z } from 'zod';
import {
  publicCentreSchema,
  publicRegistrationResponseSchema,
} from '../../../shared/model/public-registration.ts';
import { trainingSchema, type Training } from '../../../shared/model/trainings.ts';
import { apiErrorSchema } from '../../../shared/sync/protocol.ts';
import { CONSENT_VERSION } from '../../../shared/domain/consent-text.ts';
import type { RegistrationOutcome } from './registration-form.tsx';
import { filledText, type PersonValues } from './registration-values.ts';
import type { CentreChoice } from './person-step.tsx';

const listSchema = z.object({ trainings: z.array(z.unknown()) });
const centresSchema = z.object({ centres: z.array(publicCentreSchema) });

/** Upcoming published trainings from the regional server; null when it cannot be reached. */
export async function fetchPublicTrainings(): Promise<{
  trainings: Training[];
  centres: CentreChoice[];
} | null> {
  try {
    const [list, centres] = await Promise.all([
      fetch('/api/public/trainings').then((r) => r.json()),
      fetch('/api/public/centres').then((r) => r.json()),
    ]);
    const trainings = listSchema.parse(list).trainings.flatMap((raw) => {
      const parsed = trainingSchema.safeParse(raw);
      return parsed.success ? [parsed.data] : [];
    });
    return { trainings, centres: centresSchema.parse(centres).centres };
  } catch {
    return null;
  }
}

/** Sends the form to the public endpoint; the server places the registration at once. */
export async function postPublicRegistration(
  training: Training,
  values: PersonValues,
  honeypot: string,
): Promise<RegistrationOutcome> {
  if (values.ageGroup === '') return { ok: false, message: 'register.failed' };
  const minor = values.ageGroup !== 'adult';
  const body = {
    trainingId: training.id,
    ...(training.centreId === null && values.centreId ? { centreId: values.centreId } : {}),
    fullName: values.fullName.trim(),
    ...filledText(values, ['phone', 'email', 'settlement', 'organization']),
    ageGroup: values.ageGroup,
    ...(minor ? filledText(values, ['parentName', 'parentContact']) : {}),
    consent: { textVersion: CONSENT_VERSION, accepted: true },
    website: honeypot,
  };
  let response: Response;
  try {
    response = await fetch('/api/public/registrations', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  } catch {
    return { ok: false, message: 'public.offline' };
  }
  const json: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = apiErrorSchema.safeParse(json);
    return {
      ok: false,
      message: 'register.failed',
      ...(error.success ? { detail: error.data.error.message } : {}),
    };
  }
  const parsed = publicRegistrationResponseSchema.safeParse(json);
  // the public page is never told of duplicates; the centre's staff see them on their list
  return parsed.success
    ? { ok: true, placement: parsed.data.placement, duplicate: false }
    : { ok: false, message: 'register.failed' };
}
