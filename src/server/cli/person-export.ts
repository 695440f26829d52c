import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { answerDeadline } from '../privacy/answer-deadline.ts';
import { personQuery } from '../privacy/person-query.ts';
import { personRecords } from '../privacy/person-records.ts';
import { out, PGLITE_NOTE, withCliStore } from './cli-io.ts';

const USAGE = `Что сервер хранит о человеке (запрос субъекта персональных данных, ст. 14 и 20 152-ФЗ):
  npm run person:export -- "+7 914 021-45-67"
  npm run person:export -- "Ильина Светлана" --out ответ-ильиной.json
Ищет по телефону (в любой записи), адресу почты или фамилии с именем во всех записях центров:
записи на обучение, конфликты правок, организации, консультации, проекты.
Ответить человеку нужно в течение 10 рабочих дней со дня запроса.
${PGLITE_NOTE}
`;

const { values, positionals } = parseArgs({
  options: { out: { type: 'string' }, help: { type: 'boolean' } },
  allowPositionals: true,
});
const asked = positionals.join(' ').trim();
if (values.help || !asked) {
  out(USAGE);
  process.exit(values.help ? 0 : 2);
}
const query = personQuery(asked);
if (typeof query === 'string') {
  out(`${query}\n\n${USAGE}`);
  process.exit(2);
}
const now = new Date();
const file = resolve(
  values.out ?? `person-export-${now.toISOString().slice(0, 16).replace(':', '')}.json`,
);
await withCliStore(async (store) => {
  const records = await personRecords(store, query);
  const answer = {
    request: {
      query: query.text,
      kind: query.kind,
      exportedAt: now.toISOString(),
      answerBy: answerDeadline(now).toISOString(),
    },
    records,
  };
  await writeFile(file, `${JSON.stringify(answer, null, 2)}\n`, { mode: 0o600 });
  const count = (collection: string) => records[collection]?.length ?? 0;
  const others = Object.entries(records)
    .filter(([collection]) => collection !== 'registrations' && collection !== 'conflicts')
    .map(([collection, list]) => `${collection}: ${list.length}`);
  out(
    [
      `Записей на обучение: ${count('registrations')}; конфликтов правок: ${count('conflicts')}${others.length ? `; других записей — ${others.join(', ')}` : ''}.`,
      `Файл: ${file}`,
      'Файл содержит персональные данные: проверьте, что в нём нет данных других людей (в текстах заметок), передайте его заявителю и удалите.',
      `Ответить нужно не позднее ${answer.request.answerBy.slice(0, 10)} (10 рабочих дней).`,
    ].join('\n'),
  );
  return 0;
});
