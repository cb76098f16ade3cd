-- An account's email is unique within its organization only, so that no organization can learn, by being refused
-- an email, that it has an account in another one. Sign-in finds every account of an email and accepts the one
-- whose password matches (ADR 0015); the most recently used one wins when two match.
drop index accounts_email_unique;
create unique index accounts_email_unique on accounts (organization_id, lower(email));
create index accounts_by_email on accounts (lower(email));
alter table accounts add column last_signed_in_at timestamptz;

-- The security-relevant changes of each organization, for its admins, newest first.
create table audit_entries
(
    organization_id uuid        not null references organizations (id),
    id              uuid        not null,
    at              timestamptz not null,
    kind            text        not null,
    actor_id        uuid,
    subject_id      uuid,
    address         text        not null default '',
    detail_keys     text[]      not null default '{}',
    detail_values   text[]      not null default '{}',
    primary key (organization_id, id)
);
create index audit_entries_newest on audit_entries (organization_id, at desc, id desc);
create index audit_entries_of_kind on audit_entries (organization_id, kind, at desc, id desc);
