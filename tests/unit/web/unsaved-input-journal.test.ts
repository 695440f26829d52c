import { beforeEach, describe, expect, it } from 'vitest';
import { SopkaDb } from '../../../src/web/store/db.ts';
import { hasUnsavedInput, journalInput } from '../../../src/web/store/input-journal.ts';
import { mutate } from '../../../src/web/store/mutate.ts';
import { replayInputJournal } from '../../../src/web/store/replay-input-journal.ts';
import { formatHlc } from '../../../src/shared/sync/hlc.ts';
import { beregChecklist, grantDraft, ids } from '../shared/fixtures.ts';
import { TODO_STEP } from '../../../src/web/features/checklists/update-step.ts';

const PROBLEM = 'В Ковране детям негде заниматься корякским языком после школы.';
const LAST_WORDS = ' Ближайший кружок — в Тигиле, за 60 км.';

let pc: SopkaDb;
beforeEach(async () => {
  localStorage.clear();
  pc = new SopkaDb(`sopka-journal-${crypto.randomUUID()}`);
  await pc.open();
  const { id: _id, createdAt: _c, updatedAt: _u, ...draft } = grantDraft();
  await mutate('initiatives', ids.grantDraft, { ...draft, problem: PROBLEM }, pc);
});

const problemNow = async () => (await pc.records('initiatives').get(ids.grantDraft))?.problem;

describe('what was typed just before the tab closed', () => {
  it('is saved at the next start, through the outbox, and forgotten once saved', async () => {
    journalInput('initiatives', ids.grantDraft, ['problem'], PROBLEM + LAST_WORDS, PROBLEM);
    const queued = await pc.outbox.count();

    expect(await replayInputJournal(pc)).toEqual(['written']);

    expect(await problemNow()).toBe(PROBLEM + LAST_WORDS);
    expect(await pc.outbox.count()).toBe(queued + 1);
    expect(hasUnsavedInput()).toBe(false);
  });

  it('is only forgotten when the save did land before the tab closed', async () => {
    await mutate('initiatives', ids.grantDraft, { problem: PROBLEM + LAST_WORDS }, pc);
    journalInput('initiatives', ids.grantDraft, ['problem'], PROBLEM + LAST_WORDS, PROBLEM);
    const queued = await pc.outbox.count();

    expect(await replayInputJournal(pc)).toEqual(['kept']);
    expect(await pc.outbox.count()).toBe(queued);
  });

  it('does not overwrite a colleague’s later edit that arrived by sync', async () => {
    journalInput('initiatives', ids.grantDraft, ['problem'], PROBLEM + LAST_WORDS, PROBLEM);
    // the other PC's edit, an hour after the typing here, merged in by a sync
    const later = formatHlc({ wallMs: Date.now() + 3_600_000, counter: 0, nodeId: 'palana-pc' });
    const colleague = 'Проблема уточнена консультантом: нет помещения и нет педагога.';
    await pc.records('initiatives').update(ids.grantDraft, { problem: colleague });
    const row = await pc.clocks.get(['initiatives', ids.grantDraft]);
    await pc.clocks.put({ ...row!, clocks: { ...row!.clocks, problem: later } });

    expect(await replayInputJournal(pc)).toEqual(['superseded']);
    expect(await problemNow()).toBe(colleague);
  });

  it('lands in a checklist step never touched before, with the step’s defaults', async () => {
    const { id: _id, createdAt: _c, updatedAt: _u, ...checklist } = beregChecklist();
    await mutate('checklists', ids.checklistBereg, { ...checklist, steps: {} }, pc);
    const note = 'Устав отдали юристу на проверку, ждём до пятницы.';
    journalInput(
      'checklists',
      ids.checklistBereg,
      ['steps', 'charter', 'note'],
      note,
      '',
      TODO_STEP,
    );

    expect(await replayInputJournal(pc)).toEqual(['written']);
    const saved = await pc.records('checklists').get(ids.checklistBereg);
    expect(saved?.steps.charter).toEqual({ ...TODO_STEP, note });
  });
});
