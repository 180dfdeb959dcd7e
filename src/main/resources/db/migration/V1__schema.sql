-- Runs on PostgreSQL and on H2. Timestamps are instants (with time zone).

create table users (
    id               uuid primary key,
    email            varchar(254) not null,
    email_key        varchar(254) not null,
    password_hash    varchar(255) not null,
    active           boolean      not null,
    admin            boolean      not null,
    token_generation bigint       not null,
    created_at       timestamp with time zone not null,
    constraint users_email_key unique (email_key)
);

create table sessions (
    id                 uuid primary key,
    user_id            uuid not null references users (id),
    created_at         timestamp with time zone not null,
    last_seen_at       timestamp with time zone not null,
    refresh_expires_at timestamp with time zone not null,
    expires_at         timestamp with time zone not null,
    generation         bigint not null,
    rotated_at         timestamp with time zone not null,
    grace_pair         varchar(4000),
    revoked_at         timestamp with time zone,
    revoked_reason     varchar(32),
    user_agent         varchar(512),
    ip                 varchar(64)
);
create index sessions_user on sessions (user_id);

create table refresh_tokens (
    token_hash varchar(64) primary key,
    session_id uuid   not null references sessions (id) on delete cascade,
    generation bigint not null,
    issued_at  timestamp with time zone not null
);
create index refresh_tokens_session on refresh_tokens (session_id);

create table signing_keys (
    kid         varchar(64)   primary key,
    private_key varchar(4000) not null,
    created_at  timestamp with time zone not null
);

create table revocation_events (
    id          uuid primary key,
    user_id     uuid        not null references users (id),
    actor_id    uuid,
    scope       varchar(16) not null,
    session_id  uuid,
    reason      varchar(32) not null,
    occurred_at timestamp with time zone not null
);
create index revocation_events_user on revocation_events (user_id, occurred_at);
