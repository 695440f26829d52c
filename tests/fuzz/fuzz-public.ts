import { CONSENT_VERSION, isKnownConsentVersion } from '../../src/shared/domain/consent-text.ts';
import { publicRegistrationRequestSchema } from '../../src/shared/model/public-registration.ts';
import { dataOf, type SyncOracle } from './fuzz-oracle.ts';
import type { FuzzModel } from './fuzz-model.ts';
import type { RequestPlan } from './fuzz-plan.ts';
import { oddness, shown } from './fuzz-wire.ts';
import { farOut, textOf, valueVerdict, type Verdict } from './weird-values.ts';

type Plan = Extract<RequestPlan, { kind: 'public-registration' }>;

/** What the public page sent and what a correct server answers. */
export interface Attempt {
  body: Record<string, unknown>;
  /** stored: 201 and kept; honeypot: 201, nothing kept; refused: a 4xx; either: 201 or 4xx. */
  expect: 'stored' | 'honeypot' | 'refused' | 'either';
  why: string;
  fingerprint: string;
  /** Who sent it for which training: the same person again is a repeat, stored once. */
  person: string;
}

const ODD_FIELDS = [
  ['fullName', 200],
  ['phone', 40],
  ['settlement', 100],
  ['organization', 300],
  ['parentName', 200],
  ['parentContact', 200],
  ['email', 200],
] as const;

const at = <T>(list: readonly T[], n: number): T | undefined => list[n % Math.max(list.length, 1)];

/** How a stored public registration is recognised: the person's fields as they were sent. */
export function publicFingerprint(data: Record<string, unknown>): string {
  const fields = [
    'trainingId',
    'centreId',
    'fullName',
    'phone',
    'email',
    'settlement',
    'organization',
    'ageGroup',
  ];
  return JSON.stringify(fields.map((field) => data[field] ?? null));
}

const sameText = (value: string | undefined) =>
  (value ?? '').trim().replace(/\s+/g, ' ').toLocaleLowerCase('ru');

/** Digits of a phone, a Russian 8… or bare 9… number as 7…; none when too short to be one. */
function phoneDigits(value: string | undefined): string {
  const digits = (value ?? '').replace(/[^0-9]/g, '');
  if (digits.length < 6) return '';
  if (digits.length === 11 && digits[0] === '8') return `7${digits.slice(1)}`;
  if (digits.length === 10 && digits[0] === '9') return `7${digits}`;
  return digits;
}

/** The public registration form and the public trainings page, against the oracle. */
export class PublicRegistrations {
  readonly expected: string[] = [];
  private readonly stored = new Set<string>();
  accepted = 0;

  constructor(
    private readonly oracle: SyncOracle,
    private readonly model: FuzzModel,
  ) {}

  private trainings() {
    return [...this.oracle.records.values()]
      .filter((record) => record.collection === 'trainings')
      .map((record) => ({ ...record, data: dataOf(record.fields) }));
  }

  private isOpen(data: Record<string, unknown>): boolean {
    return (
      data.published === true &&
      data.deleted !== true &&
      Date.parse(String(data.endsAt)) > Date.now()
    );
  }

  build(plan: Plan): Attempt {
    const trainings = this.trainings().filter((t) => this.isOpen(t.data) === plan.open);
    const training = at(trainings, plan.training);
    const centres = [...this.oracle.records.values()].filter((r) => r.collection === 'centres');
    const minor = plan.ageGroup !== 'adult';
    const body: Record<string, unknown> = {
      trainingId: training?.id ?? this.model.uuid(),
      fullName: 'Пинелей Татьяна Юрьевна',
      phone: '+7 914 321-45-67',
      settlement: 'с. Лесная',
      organization: 'ТОС «Лесная»',
      ageGroup: plan.ageGroup,
      consent: {
        textVersion:
          plan.consent === 'current'
            ? CONSENT_VERSION
            : plan.consent === 'stale'
              ? 'pd-2019-01'
              : textOf(plan.odd.text, 50),
        accepted: true,
      },
      ...(minor ? { parentName: 'Пинелей Юрий Петрович', parentContact: '+7 914 321-45-00' } : {}),
      ...(plan.honeypot ? { website: 'http://spam.example' } : {}),
    };
    if (training && training.centreId === null) body.centreId = at(centres, plan.field)?.id;
    const [field, max] = at(ODD_FIELDS, plan.field) ?? ODD_FIELDS[0];
    body[field] = textOf(plan.odd.text, max);
    return { body, ...this.expectation(body, training) };
  }

  private expectation(
    body: Record<string, unknown>,
    training: { centreId: string | null; data: Record<string, unknown> } | undefined,
  ): Omit<Attempt, 'body'> {
    const parsed = publicRegistrationRequestSchema.safeParse(body);
    const refused = (why: string) => ({
      expect: 'refused' as const,
      why,
      fingerprint: '',
      person: '',
    });
    if (!parsed.success) return refused('the form is invalid');
    if (parsed.data.website?.trim())
      return { expect: 'honeypot', why: 'honeypot', fingerprint: '', person: '' };
    if (!isKnownConsentVersion(parsed.data.consent.textVersion)) return refused('stale consent');
    if (!training || !this.isOpen(training.data)) return refused('training closed');
    const centreId = training.centreId ?? parsed.data.centreId;
    if (!centreId || !this.oracle.get('centres', centreId)) return refused('no centre');
    // only what the record keeps reaches the database; the rest a server may refuse or ignore
    const minor = parsed.data.ageGroup !== 'adult';
    const kept = ['fullName', 'phone', 'email', 'settlement', 'organization', 'consent'];
    if (minor) kept.push('parentName', 'parentContact');
    const data: Record<string, unknown> = parsed.data;
    const ignored = Object.keys(data).filter((key) => !kept.includes(key));
    const verdicts: Verdict[] = [
      valueVerdict(kept.map((key) => data[key])),
      valueVerdict(ignored.map((key) => data[key])) === 'valid' ? 'valid' : 'either',
    ];
    // a minor's consent needs a parent's name; the form leaves that to the record's rules
    if (parsed.data.ageGroup !== 'adult' && !parsed.data.parentName?.trim())
      verdicts.push('either');
    const optional = ['phone', 'email', 'settlement', 'organization'] as const;
    const fingerprint = publicFingerprint({
      trainingId: parsed.data.trainingId,
      centreId,
      fullName: parsed.data.fullName,
      ...Object.fromEntries(
        optional.flatMap((f) => (parsed.data[f]?.trim() ? [[f, parsed.data[f]]] : [])),
      ),
      ageGroup: parsed.data.ageGroup,
    });
    const person = JSON.stringify([
      parsed.data.trainingId,
      centreId,
      sameText(parsed.data.fullName),
      parsed.data.ageGroup,
      phoneDigits(parsed.data.phone),
      sameText(parsed.data.email),
    ]);
    const judged = { fingerprint, person };
    if (verdicts.includes('invalid')) return { expect: 'refused', why: 'odd text', ...judged };
    if (verdicts.includes('either')) return { expect: 'either', why: 'policy', ...judged };
    return { expect: 'stored', why: 'valid', ...judged };
  }

  judge(where: string, attempt: Attempt, answer: { status: number; text: string }): string[] {
    const about = () =>
      `${where} ${shown(attempt.body, 200)} [${oddness(attempt.body)}] (${attempt.why})`;
    const created = answer.status === 201;
    const refused = answer.status >= 400 && answer.status < 500;
    const problems: string[] = [];
    if (!created && !refused)
      problems.push(`${about()}: HTTP ${answer.status} ${answer.text.slice(0, 160)}`);
    else if ((attempt.expect === 'stored' || attempt.expect === 'honeypot') && !created)
      problems.push(`${about()}: refused with ${answer.status} ${answer.text.slice(0, 160)}`);
    else if (attempt.expect === 'refused' && created) problems.push(`${about()}: accepted`);
    // the same person sending the same form again (a double click, a retry) is stored once
    if (
      created &&
      (attempt.expect === 'stored' || attempt.expect === 'either') &&
      !this.stored.has(attempt.person)
    ) {
      this.stored.add(attempt.person);
      this.expected.push(attempt.fingerprint);
      this.accepted++;
    }
    return problems;
  }

  /** The public trainings page lists what is published, open and not deleted, and only that. */
  checkListing(listing: { trainings: unknown[] }, where: string): string[] {
    const open = this.trainings().filter((t) => this.isOpen(t.data));
    const openIds = new Set(open.map((t) => t.id));
    const listed = listing.trainings.map((t) => String((t as { id?: unknown }).id));
    const problems = listed
      .filter((id) => !openIds.has(id))
      .map((id) => `${where} — the public page lists training ${id}, which is not open`);
    if (open.length <= 200) {
      const shownIds = new Set(listed);
      for (const t of open)
        if (
          !shownIds.has(t.id) &&
          !farOut(String(t.data.startsAt)) &&
          !farOut(String(t.data.endsAt))
        )
          problems.push(`${where} — the public page misses open training ${t.id}`);
    }
    return problems;
  }
}
