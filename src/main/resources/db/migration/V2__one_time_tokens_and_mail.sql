-- Password-reset and e-mail-confirmation tokens (by hash), and the outbox of every mail sent.

create table one_time_tokens (
    token_hash varchar(64) primary key,
    user_id    uuid        not null references users (id),
    purpose    varchar(16) not null,
    new_email  varchar(254),
    created_at timestamp with time zone not null,
    expires_at timestamp with time zone not null
);
create index one_time_tokens_user on one_time_tokens (user_id);

create table mail_outbox (
    id              uuid primary key,
    recipient       varchar(254)  not null,
    subject         varchar(255)  not null,
    body            varchar(4000) not null,
    created_at      timestamp with time zone not null,
    next_attempt_at timestamp with time zone not null,
    attempts        integer not null,
    sent_at         timestamp with time zone,
    last_error      varchar(1000)
);
create index mail_outbox_pending on mail_outbox (sent_at, next_attempt_at);
