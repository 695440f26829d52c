import { t } from '../../i18n/language.ts';
import type { SessionRow } from '../../store/db.ts';
import { db } from '../../store/db.ts';
import { useLiveQuery } from '../../store/use-live-query.ts';

/** Who is signed in, with their position, and for which centre: by name, never by login. */
export function SignedInLine({ person }: { person: SessionRow }) {
  // null while loading, so the line does not first appear without its centre
  const centre = useLiveQuery(
    async () => ({
      name: person.centreId ? (await db.records('centres').get(person.centreId))?.name : undefined,
    }),
    null,
    [person.centreId],
  );
  if (!centre) return null;
  const name = [person.displayName ?? person.login, person.position].filter(Boolean).join(', ');
  // the region's people are named with their position; the words "regional centre" only without one
  const where = person.centreId
    ? centre.name
    : person.position
      ? undefined
      : t('home.regionalCentre');
  const who = t('home.signedIn', { name });
  return (
    <p data-testid="signed-in">{where ? t('home.signedInCentre', { who, centre: where }) : who}</p>
  );
}
