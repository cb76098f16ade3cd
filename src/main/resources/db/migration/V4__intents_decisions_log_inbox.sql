-- Intents: "I intend to ..." with an objection window, instead of asking permission.
create table intents
(
    organization_id   uuid        not null references organizations (id),
    id                uuid        not null,
    author_id         uuid        not null,
    statement         text        not null,
    reason            text        not null default '',
    home_base_id      uuid,
    mission_id        uuid,
    objection_window_ms bigint    not null check (objection_window_ms > 0),
    deadline          timestamptz not null,
    status            text        not null,
    decision_id       uuid,
    result            text,
    declared_at       timestamptz not null,
    version           bigint      not null default 0,
    primary key (organization_id, id),
    foreign key (organization_id, author_id) references people (organization_id, id),
    foreign key (organization_id, home_base_id) references home_bases (organization_id, id),
    foreign key (organization_id, mission_id) references missions (organization_id, id),
    check (home_base_id is null or mission_id is null)
);
-- The deadline sweep looks only at open intents.
create index intents_open_by_deadline on intents (deadline) where status = 'OPEN';

create table intent_amendments
(
    organization_id uuid        not null,
    intent_id       uuid        not null,
    position        int         not null,
    statement       text        not null,
    amended_at      timestamptz not null,
    primary key (organization_id, intent_id, position),
    foreign key (organization_id, intent_id) references intents (organization_id, id)
);

create table intent_objections
(
    organization_id uuid        not null,
    id              uuid        not null,
    intent_id       uuid        not null,
    raised_by       uuid        not null,
    harm            text        not null,
    raised_at       timestamptz not null,
    status          text        not null,
    primary key (organization_id, id),
    foreign key (organization_id, intent_id) references intents (organization_id, id),
    foreign key (organization_id, raised_by) references people (organization_id, id)
);

-- Decisions, made by the method their reversibility and consequence call for.
create table decisions
(
    organization_id     uuid        not null references organizations (id),
    id                  uuid        not null,
    title               text        not null,
    context             text        not null default '',
    home_base_id        uuid,
    mission_id          uuid,
    proposer_id         uuid        not null,
    decider_id          uuid        not null,
    reversibility       text        not null,
    consequence         text        not null,
    options             text[]      not null default '{}',
    recommended_method  text        not null,
    method              text        not null,
    method_reason       text,
    status              text        not null,
    consent_deadline    timestamptz,
    fell_back_at        timestamptz,
    choice              text,
    rationale           text,
    principle_ids       uuid[]      not null default '{}',
    expected_result     text,
    review_on           date,
    review_reminded     boolean     not null default false,
    actual_result       text,
    result_recorded_at  timestamptz,
    corrects_id         uuid,
    intent_id           uuid,
    raised_at           timestamptz not null,
    decided_at          timestamptz,
    version             bigint      not null default 0,
    primary key (organization_id, id),
    foreign key (organization_id, proposer_id) references people (organization_id, id),
    foreign key (organization_id, decider_id) references people (organization_id, id),
    foreign key (organization_id, home_base_id) references home_bases (organization_id, id),
    foreign key (organization_id, mission_id) references missions (organization_id, id),
    foreign key (organization_id, corrects_id) references decisions (organization_id, id),
    check (home_base_id is null or mission_id is null)
);
create index decisions_consent_deadline on decisions (consent_deadline) where status = 'OPEN' and method = 'CONSENT';
create index decisions_review_due on decisions (review_on) where status = 'DECIDED' and not review_reminded;

alter table intents
    add foreign key (organization_id, decision_id) references decisions (organization_id, id);

create table decision_proposals
(
    organization_id uuid        not null,
    decision_id     uuid        not null,
    position        int         not null,
    proposal        text        not null,
    proposed_at     timestamptz not null,
    primary key (organization_id, decision_id, position),
    foreign key (organization_id, decision_id) references decisions (organization_id, id)
);

create table decision_advice
(
    organization_id uuid        not null,
    decision_id     uuid        not null,
    person_id       uuid        not null,
    requested_at    timestamptz not null,
    advice          text,
    given_at        timestamptz,
    primary key (organization_id, decision_id, person_id),
    foreign key (organization_id, decision_id) references decisions (organization_id, id),
    foreign key (organization_id, person_id) references people (organization_id, id)
);

create table decision_reactions
(
    organization_id uuid        not null,
    decision_id     uuid        not null,
    person_id       uuid        not null,
    reaction        text        not null,
    comment         text        not null default '',
    reacted_at      timestamptz not null,
    primary key (organization_id, decision_id, person_id),
    foreign key (organization_id, decision_id) references decisions (organization_id, id),
    foreign key (organization_id, person_id) references people (organization_id, id)
);

create table decision_objections
(
    organization_id uuid        not null,
    id              uuid        not null,
    decision_id     uuid        not null,
    raised_by       uuid        not null,
    harm            text        not null,
    raised_at       timestamptz not null,
    status          text        not null,
    resolved_at     timestamptz,
    primary key (organization_id, id),
    foreign key (organization_id, decision_id) references decisions (organization_id, id),
    foreign key (organization_id, raised_by) references people (organization_id, id)
);

create table decision_contests
(
    organization_id uuid        not null,
    id              uuid        not null,
    decision_id     uuid        not null,
    raised_by       uuid        not null,
    reason          text        not null,
    raised_at       timestamptz not null,
    answer          text,
    answered_at     timestamptz,
    primary key (organization_id, id),
    foreign key (organization_id, decision_id) references decisions (organization_id, id),
    foreign key (organization_id, raised_by) references people (organization_id, id)
);

-- The decision log: append-only and hash-chained per organization.
create table log_chain_heads
(
    organization_id uuid   not null primary key references organizations (id),
    last_sequence   bigint not null,
    last_hash       text   not null
);

create table log_entries
(
    organization_id uuid        not null references organizations (id),
    sequence        bigint      not null,
    id              uuid        not null,
    occurred_at     timestamptz not null,
    actor_id        uuid,
    subject_type    text        not null,
    subject_id      uuid        not null,
    action          text        not null,
    title           text        not null,
    context         text        not null default '',
    choice          text        not null default '',
    result          text        not null default '',
    principle_ids   uuid[]      not null default '{}',
    home_base_id    uuid,
    mission_id      uuid,
    previous_hash   text        not null,
    hash            text        not null,
    search          tsvector generated always as (
        to_tsvector('english', title || ' ' || context || ' ' || choice || ' ' || result)) stored,
    primary key (organization_id, sequence),
    unique (organization_id, id)
);
create index log_entries_search on log_entries using gin (search);
create index log_entries_subject on log_entries (organization_id, subject_id);

-- Corrections are new entries: the log refuses updates and deletes.
create function log_entries_are_append_only() returns trigger language plpgsql as
$$
begin
    raise exception 'the decision log is append-only: add a correcting entry instead';
end;
$$;
create trigger log_entries_append_only
    before update or delete on log_entries
    for each row execute function log_entries_are_append_only();

create table log_reads
(
    organization_id uuid        not null,
    entry_id        uuid        not null,
    person_id       uuid        not null,
    first_read_at   timestamptz not null,
    primary key (organization_id, entry_id, person_id),
    foreign key (organization_id, entry_id) references log_entries (organization_id, id),
    foreign key (organization_id, person_id) references people (organization_id, id)
);

-- The in-app inbox.
create table inbox_items
(
    organization_id uuid        not null references organizations (id),
    id              uuid        not null,
    person_id       uuid        not null,
    kind            text        not null,
    subject_type    text        not null,
    subject_id      uuid        not null,
    title           text        not null,
    detail          text        not null default '',
    created_at      timestamptz not null,
    read_at         timestamptz,
    primary key (organization_id, id),
    foreign key (organization_id, person_id) references people (organization_id, id)
);
create index inbox_items_by_person on inbox_items (organization_id, person_id, created_at desc);
