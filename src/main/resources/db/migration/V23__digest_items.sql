-- Notices a person chose to hear of in the daily digest (ADR 0016), recorded by the mail channel when the notice
-- arrives; a notice mailed at once or turned off is never recorded, so it never appears in a digest. The source key
-- is the notice's, so a listener that runs again records nothing new. An item is digested in the transaction that
-- queues its digest.
create table digest_items
(
    organization_id uuid        not null,
    person_id       uuid        not null,
    source_key      text        not null unique,
    kind            text        not null,
    subject_type    text        not null,
    subject_id      uuid,
    title           text        not null,
    detail          text        not null,
    created_at      timestamptz not null,
    digested_at     timestamptz,
    foreign key (organization_id, person_id) references people (organization_id, id)
);
create index digest_items_waiting on digest_items (organization_id, person_id, created_at) where digested_at is null;

-- The local date of each person's last digest: the next one waits for the morning of a later day.
create table digests_sent
(
    organization_id uuid not null,
    person_id       uuid not null,
    local_date      date not null,
    primary key (organization_id, person_id),
    foreign key (organization_id, person_id) references people (organization_id, id)
);
