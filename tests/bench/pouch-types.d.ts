// The PouchDB packages ship no types: only what the benchmark calls is declared here.
declare module 'pouchdb-core' {
  export interface PouchDoc {
    _id: string;
    _rev?: string;
    [field: string]: unknown;
  }
  export interface ReplicationResult {
    ok: boolean;
    docs_read: number;
    docs_written: number;
  }
  export interface ReplicationOptions {
    batch_size?: number;
  }
  export interface PouchDatabase {
    bulkDocs(docs: PouchDoc[]): Promise<{ ok?: boolean; id?: string; rev?: string }[]>;
    get(id: string): Promise<PouchDoc>;
    info(): Promise<{ doc_count: number }>;
    replicate: {
      to(target: PouchDatabase, options?: ReplicationOptions): Promise<ReplicationResult>;
      from(source: PouchDatabase, options?: ReplicationOptions): Promise<ReplicationResult>;
    };
    sync(
      remote: PouchDatabase,
      options?: ReplicationOptions,
    ): Promise<{ push: ReplicationResult; pull: ReplicationResult }>;
    destroy(): Promise<unknown>;
  }
  export interface PouchConstructor {
    new (name: string, options?: { adapter?: string }): PouchDatabase;
    plugin(plugin: unknown): PouchConstructor;
    defaults(options: { adapter?: string }): PouchConstructor;
  }
  const PouchDB: PouchConstructor;
  export default PouchDB;
}

declare module 'pouchdb-adapter-memory' {
  const plugin: unknown;
  export default plugin;
}

declare module 'pouchdb-adapter-http' {
  const plugin: unknown;
  export default plugin;
}

declare module 'pouchdb-replication' {
  const plugin: unknown;
  export default plugin;
}

declare module 'express' {
  import type { IncomingMessage, ServerResponse } from 'node:http';
  export interface ExpressApp {
    (req: IncomingMessage, res: ServerResponse): void;
    use(path: string, handler: unknown): ExpressApp;
  }
  export default function express(): ExpressApp;
}

declare module 'express-pouchdb' {
  import type { PouchConstructor } from 'pouchdb-core';
  export default function expressPouchDb(
    pouch: PouchConstructor,
    options: { mode: 'minimumForPouchDB' | 'fullCouchDB'; inMemoryConfig: boolean },
  ): unknown;
}
