import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_CHANGES_PER_PAGE } from '../../src/shared/sync/protocol.ts';
import { organizationNo } from './helpers/fixtures.ts';
import { injectTransport, TestDevice } from './helpers/sync-client.ts';
import { addUser, signIn, startTestApp, type TestApp } from './helpers/test-app.ts';
import { openTestStore, type TestStore } from './helpers/test-store.ts';

describe('a new computer pulls more than one page', () => {
  let store: TestStore;
  let server: TestApp;
  let token: string;
  const total = MAX_CHANGES_PER_PAGE + 234;
  beforeAll(async () => {
    store = await openTestStore();
    server = await startTestApp(store);
    await addUser(store, 'tigil', 'tigil');
    token = await signIn(server.app, 'tigil');
    const writer = new TestDevice(injectTransport(server.app, token), 'tigil-library');
    for (let n = 0; n < total; n++) {
      const org = organizationNo('tigil', n);
      writer.edit('organizations', org.id, org);
    }
    const responses = await writer.sync();
    expect(responses).toHaveLength(3); // 500 + 500 + 234 mutations
  });
  afterAll(async () => {
    await server.close();
    await store.dispose();
  });

  it('gets every record once, in two pages, with more:true on the first', async () => {
    const fresh = new TestDevice(injectTransport(server.app, token), 'tigil-new-pc');
    const first = await fresh.syncOnce();
    expect(first.more).toBe(true);
    expect(first.changes).toHaveLength(MAX_CHANGES_PER_PAGE);
    const second = await fresh.syncOnce();
    expect(second.more).toBe(false);
    expect(second.changes).toHaveLength(total - MAX_CHANGES_PER_PAGE);

    const seqs = [...first.changes, ...second.changes].map((c) => BigInt(c.seq));
    expect(new Set(seqs).size).toBe(total);
    expect(seqs).toEqual([...seqs].sort((a, b) => (a < b ? -1 : 1)));
    expect(fresh.records.size).toBe(total);
    // nothing new: an empty page, the cursor stays
    const idle = await fresh.syncOnce();
    expect(idle).toMatchObject({ changes: [], more: false, cursor: second.cursor });
  });

  it('the writer skips its own echoes but its cursor still moves past them', async () => {
    const writer = new TestDevice(injectTransport(server.app, token), 'tigil-library');
    const first = await writer.syncOnce();
    expect(first.changes).toEqual([]);
    expect(first.more).toBe(true);
    const second = await writer.syncOnce();
    expect(second).toMatchObject({ changes: [], more: false });
    expect(second.cursor).not.toBeNull();
  });
});
