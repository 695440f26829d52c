import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { isKnownConsentVersion } from '../../shared/domain/consent-text.ts';
import {
  publicRegistrationRequestSchema,
  type PublicRegistrationRequest,
  type PublicRegistrationResponse,
} from '../../shared/model/public-registration.ts';
import type { Consent } from '../../shared/model/registrations.ts';
import type { RecordData } from '../../shared/sync/merge.ts';
import type { User } from '../auth/users.ts';
import type { RateLimit } from '../config.ts';
import { LOCKS, type Store } from '../store/store.ts';
import { applyMutation } from '../sync/apply-mutation.ts';
import { settlePlacements } from '../sync/placement.ts';
import { BatchRecords } from '../sync/batch-records.ts';
import { loadRecord } from '../sync/record-rows.ts';
import type { ServerClock } from '../sync/server-clock.ts';
import { ApiFailure } from './api-failure.ts';
import { repeatsSubmission } from './repeated-submission.ts';

/** The public page writes as the server itself would: any centre, through the sync apply path. */
const PUBLIC_WRITER: User = {
  id: 'public',
  login: 'public-page',
  role: 'regional',
  centreId: null,
};
const PUBLIC_CLIENT = 'public-page';

/** What a registration sent now would get: a seat while the training's count is below capacity. */
function seatLeft(training: RecordData): boolean {
  const confirmed = typeof training.confirmedCount === 'number' ? training.confirmedCount : 0;
  return typeof training.capacity === 'number' && confirmed < training.capacity;
}

const CONSENT_GIVER = { adult: 'self', teen: 'self_and_parent', child: 'parent' } as const;

function registrationRecord(
  body: PublicRegistrationRequest,
  centreId: string,
  now: string,
): Record<string, unknown> {
  const consent: Consent = {
    textVersion: body.consent.textVersion,
    givenAt: now,
    givenBy: CONSENT_GIVER[body.ageGroup],
    deviceId: PUBLIC_CLIENT,
  };
  if (body.ageGroup !== 'adult') {
    if (body.parentName) consent.parentName = body.parentName;
    if (body.parentContact) consent.parentContact = body.parentContact;
  }
  const optional = ['phone', 'email', 'settlement', 'organization'] as const;
  return {
    id: randomUUID(),
    centreId,
    createdAt: now,
    updatedAt: now,
    trainingId: body.trainingId,
    fullName: body.fullName,
    ...Object.fromEntries(optional.flatMap((f) => (body[f]?.trim() ? [[f, body[f]]] : []))),
    ageGroup: body.ageGroup,
    minor: body.ageGroup !== 'adult',
    consent,
    source: 'public',
    status: 'active',
  };
}

/**
 * The public registration form (when online): validated, rate-limited, with a honeypot, and
 * written through the same apply path as sync so the server places it at once.
 */
export function registerPublicRegistration(
  app: FastifyInstance,
  store: Store,
  clock: ServerClock,
  limit: RateLimit,
): void {
  app.post(
    '/api/public/registrations',
    { config: { rateLimit: { max: limit.max, timeWindow: limit.timeWindowMs } } },
    async (request, reply): Promise<PublicRegistrationResponse> => {
      const body = publicRegistrationRequestSchema.parse(request.body);
      if (body.website?.trim()) {
        // a robot filled the hidden field: answer as if accepted, keep nothing
        request.log.info('public registration: honeypot filled');
        return reply.code(201).send({ placement: 'pending' });
      }
      if (!isKnownConsentVersion(body.consent.textVersion))
        throw new ApiFailure(400, 'stale_consent', 'Текст согласия устарел: обновите страницу');
      const outcome = await store.transaction(async (db) => {
        await db.query('select pg_advisory_xact_lock($1)', [LOCKS.sync]);
        const training = await loadRecord(db, 'trainings', body.trainingId);
        const open =
          training?.data.published === true &&
          training.data.deleted !== true &&
          Date.parse(String(training.data.endsAt)) > Date.now();
        if (!training || !open)
          throw new ApiFailure(404, 'training_closed', 'Запись на это мероприятие закрыта');
        const centreId = training.centreId ?? body.centreId;
        const centre = centreId ? await loadRecord(db, 'centres', centreId) : undefined;
        if (!centreId || !centre)
          throw new ApiFailure(400, 'centre_required', 'Выберите центр, куда вы придёте');
        const held = await db.query<{ data: RecordData }>(
          `select data from records where collection = 'registrations'
           and data->>'trainingId' = $1 and centre_id = $2::uuid`,
          [training.id, centreId],
        );
        // the same form again stores nothing and is answered as a first one would be
        if (held.some((row) => repeatsSubmission(row.data, body)))
          return { placement: seatLeft(training.data) ? 'confirmed' : 'waitlist' };
        const record = registrationRecord(body, centreId, new Date().toISOString());
        const id = String(record.id);
        const mutation = { mid: randomUUID(), collection: 'registrations', id, patch: record };
        const ctx = {
          db,
          records: new BatchRecords(db),
          user: PUBLIC_WRITER,
          clientId: PUBLIC_CLIENT,
          clock,
          serverTime: Date.now(),
          trainingsToPlace: new Set<string>(),
        };
        const applied = await applyMutation(ctx, { ...mutation, hlc: clock.next(), base: {} });
        if (!applied.ok) throw new ApiFailure(400, applied.code, applied.message);
        await ctx.records.flush();
        await settlePlacements(db, ctx.trainingsToPlace, clock);
        return (await loadRecord(db, 'registrations', id))?.data;
      });
      const placement = outcome?.placement;
      // nothing about other people: whether someone else used this phone is staff's business
      return reply.code(201).send({
        placement: placement === 'confirmed' || placement === 'waitlist' ? placement : 'pending',
      });
    },
  );
}
