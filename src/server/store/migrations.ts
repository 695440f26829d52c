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
];
