-- How each person wants to hear of each kind of notice (ADR 0016). A missing row means the kind's default.
create table notification_preferences
(
    organization_id uuid not null references organizations (id),
    person_id       uuid not null,
    kind            text not null,
    delivery        text not null check (delivery in ('IMMEDIATELY', 'DIGEST', 'OFF')),
    primary key (organization_id, person_id, kind)
);

-- Mail waiting to be sent, written in the same transaction as the inbox item it accompanies. The source key
-- (event, person, kind) is unique, so a listener that runs again never queues the same mail twice. A sender
-- takes due rows with SKIP LOCKED, so two nodes never send one row, and retries with backoff until a day has
-- passed.
create table mail_outbox
(
    id              uuid        primary key,
    organization_id uuid        not null references organizations (id),
    source_key      text        not null unique,
    recipient       text        not null,
    subject         text        not null,
    text_body       text        not null,
    html_body       text        not null,
    unsubscribe_url text,
    created_at      timestamptz not null,
    due_at          timestamptz not null,
    attempts        integer     not null default 0,
    sent_at         timestamptz,
    failed_at       timestamptz,
    last_error      text
);
create index mail_outbox_due on mail_outbox (due_at) where sent_at is null and failed_at is null;
