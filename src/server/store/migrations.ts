/**
 * Schema migrations, applied in order at start; never edit one that has shipped, add the next.
 * SQL accepted by both PostgreSQL 15 and PGlite (PostgreSQL 18).
 */
export const MIGRATIONS: readonly { id: number; name: string; sql: string }[] = [
  {
    id: 1,
    name: 'records, mutations, users, tokens',
    sql: `
      create sequence change_seq;
      create table records (
        collection text not null,
        id uuid not null,
        centre_id uuid,
        data jsonb not null,
        clocks jsonb not null,
        seq bigint not null,
        echo_client text,
        primary key (collection, id)
      );
      create index records_seq on records (seq);
      create table applied_mutations (
        mid uuid primary key,
        client_id text not null,
        applied_at timestamptz not null default now()
      );
      create table users (
        id uuid primary key,
        login text not null unique,
        password_hash text not null,
        role text not null check (role in ('regional', 'staff')),
        centre_id uuid,
        created_at timestamptz not null default now(),
        check (role = 'regional' or centre_id is not null)
      );
      create table tokens (
        hash text primary key,
        user_id uuid not null references users (id),
        created_at timestamptz not null default now(),
        revoked_at timestamptz
      );
    `,
  },
  {
    id: 2,
    name: 'store identity, mutation digests, refused clocks',
    sql: `
      create table store_meta (key text primary key, value text not null);
      insert into store_meta (key, value) values ('store_id', gen_random_uuid()::text);
      alter table applied_mutations add column digest text;
      create table refused_mutations (
        collection text not null,
        record_id uuid not null,
        hlc text not null,
        base jsonb not null,
        primary key (collection, record_id, hlc)
      );
    `,
  },
  {
    id: 3,
    name: 'blob references and uploads',
    // the backfill is blobRefsOf (src/server/blobs/blob-refs.ts) in SQL: every sha256 string,
    // named by the smallest `name` of an object whose `sha256` it is
    sql: `
      create table blob_refs (
        sha256 text not null,
        collection text not null,
        record_id uuid not null,
        centre_id uuid,
        name text,
        primary key (sha256, collection, record_id)
      );
      create index blob_refs_record on blob_refs (collection, record_id);
      create table blob_uploads (
        sha256 text not null,
        user_id uuid not null,
        uploaded_at timestamptz not null default now(),
        primary key (sha256, user_id)
      );
      insert into blob_refs (sha256, collection, record_id, centre_id, name)
      select h.sha256, r.collection, r.id, r.centre_id,
        (select min(o ->> 'name' collate "C")
         from jsonb_path_query(r.data,
           'strict $.** ? (@.type() == "object" && @.sha256 == $h && @.name.type() == "string")',
           jsonb_build_object('h', h.sha256)) as o)
      from records r
      cross join lateral (
        select distinct s #>> '{}' as sha256
        from jsonb_path_query(r.data,
          'strict $.** ? (@.type() == "string" && @ like_regex "^[0-9a-f]{64}$")') as s
      ) as h;
    `,
  },
  {
    id: 4,
    name: 'display names, device tickets, token last use and labels',
    sql: `
      alter table users add column display_name text;
      update users set display_name = login;
      alter table users alter column display_name set not null;
      create table known_devices (
        hash text primary key,
        user_id uuid not null references users (id),
        created_at timestamptz not null default now(),
        revoked_at timestamptz
      );
      alter table tokens add column id uuid not null default gen_random_uuid();
      alter table tokens add constraint tokens_id_key unique (id);
      -- a token from before this migration counts as used now: nobody is signed out by the upgrade
      alter table tokens add column last_used_at timestamptz not null default now();
      alter table tokens add column device_label text;
      alter table tokens add column known_device text references known_devices (hash);
      create index tokens_user on tokens (user_id);
    `,
  },
  {
    id: 5,
    name: 'users an administrator disabled',
    sql: `alter table users add column disabled_at timestamptz;`,
  },
  {
    id: 6,
    name: 'positions, per-device sync reports',
    sql: `
      alter table users add column job_title text;
      create table device_syncs (
        client_id text primary key,
        user_id uuid not null references users (id),
        centre_id uuid,
        last_sync_at timestamptz not null,
        app_version text,
        unsent int
      );
      create index device_syncs_centre on device_syncs (centre_id);
    `,
  },
];
