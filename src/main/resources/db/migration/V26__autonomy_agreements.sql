-- Autonomy agreements (DOMAIN.md §4): between a leader and a person or a team, in a context, a stage 1-4 per
-- dimension and a review date; check-ins record how each side feels each dimension fits.
create table autonomy_agreements
(
    organization_id  uuid        not null references organizations (id),
    id               uuid        not null,
    leader_id        uuid        not null,
    person_id        uuid,
    home_base_id     uuid,
    mission_id       uuid,
    context          text        not null,
    stage_what       int         not null check (stage_what between 1 and 4),
    stage_when       int         not null check (stage_when between 1 and 4),
    stage_where      int         not null check (stage_where between 1 and 4),
    stage_with_whom  int         not null check (stage_with_whom between 1 and 4),
    review_on        date,
    agreed_by        uuid        not null,
    agreed_at        timestamptz not null,
    -- When the stages in force were agreed: check-ins before it no longer count towards a mismatch.
    stages_since     timestamptz not null,
    version          bigint      not null default 0,
    primary key (organization_id, id),
    foreign key (organization_id, leader_id) references people (organization_id, id),
    foreign key (organization_id, person_id) references people (organization_id, id),
    foreign key (organization_id, home_base_id) references home_bases (organization_id, id),
    foreign key (organization_id, mission_id) references missions (organization_id, id),
    check (num_nonnulls(person_id, home_base_id, mission_id) = 1)
);
create index autonomy_agreements_by_leader on autonomy_agreements (organization_id, leader_id);
create index autonomy_agreements_by_person on autonomy_agreements (organization_id, person_id);

create table autonomy_check_ins
(
    organization_id uuid        not null,
    id              uuid        not null,
    agreement_id    uuid        not null,
    position        int         not null,
    by_id           uuid        not null,
    side            text        not null,
    fit_what        text        not null,
    fit_when        text        not null,
    fit_where       text        not null,
    fit_with_whom   text        not null,
    note            text,
    at              timestamptz not null,
    primary key (organization_id, id),
    unique (organization_id, agreement_id, position),
    foreign key (organization_id, agreement_id) references autonomy_agreements (organization_id, id) on delete cascade,
    foreign key (organization_id, by_id) references people (organization_id, id)
);
