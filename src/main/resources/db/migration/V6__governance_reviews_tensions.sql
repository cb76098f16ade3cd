-- The principles governance body: a rotating group of practitioners with terms.
create table governance_members
(
    organization_id uuid not null,
    id              uuid not null,
    person_id       uuid not null,
    term_starts_on  date not null,
    term_ends_on    date not null,
    primary key (organization_id, id),
    foreign key (organization_id, person_id) references people (organization_id, id),
    check (term_ends_on > term_starts_on)
);

create table governance_settings
(
    organization_id uuid not null primary key references organizations (id),
    review_cadence  text not null
);

-- Proposed changes to values and principles, decided by consent within the body.
create table principle_change_proposals
(
    organization_id uuid        not null,
    id              uuid        not null,
    decision_id     uuid        not null,
    kind            text        not null,
    value_id        uuid,
    principle_id    uuid,
    text            text,
    description     text,
    rationale       text        not null,
    trigger_type    text,
    trigger_id      uuid,
    proposed_by     uuid        not null,
    proposed_at     timestamptz not null,
    status          text        not null,
    primary key (organization_id, id),
    foreign key (organization_id, decision_id) references decisions (organization_id, id),
    foreign key (organization_id, value_id) references principle_values (organization_id, id),
    foreign key (organization_id, principle_id) references principles (organization_id, id)
);
create unique index principle_change_proposals_by_decision on principle_change_proposals (organization_id, decision_id);

-- Tensions: work flagged against a principle, gathered by the next regeneration review.
create table tensions
(
    organization_id uuid        not null,
    id              uuid        not null,
    principle_id    uuid        not null,
    source          text        not null,
    subject_type    text        not null,
    subject_id      uuid        not null,
    note            text        not null,
    raised_by       uuid,
    raised_at       timestamptz not null,
    primary key (organization_id, id),
    foreign key (organization_id, principle_id) references principles (organization_id, id)
);
create index tensions_by_time on tensions (organization_id, raised_at);

create table regeneration_reviews
(
    organization_id uuid        not null,
    id              uuid        not null,
    started_at      timestamptz not null,
    started_by      uuid        not null,
    closed_at       timestamptz,
    tensions_since  timestamptz,
    primary key (organization_id, id),
    foreign key (organization_id, started_by) references people (organization_id, id)
);
create unique index regeneration_reviews_one_open on regeneration_reviews (organization_id) where closed_at is null;

create table review_outcomes
(
    organization_id uuid        not null,
    review_id       uuid        not null,
    principle_id    uuid        not null,
    outcome         text        not null,
    note            text        not null default '',
    recorded_at     timestamptz not null,
    primary key (organization_id, review_id, principle_id),
    foreign key (organization_id, review_id) references regeneration_reviews (organization_id, id),
    foreign key (organization_id, principle_id) references principles (organization_id, id)
);
