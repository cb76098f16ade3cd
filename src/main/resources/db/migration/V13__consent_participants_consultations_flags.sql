-- A consent round's participants: the people whose consent it needs (its team by default, plus those named).
-- Their answers are their reactions.
create table decision_participants
(
    organization_id uuid not null,
    decision_id     uuid not null,
    person_id       uuid not null,
    position        int  not null default 0,
    primary key (organization_id, decision_id, person_id),
    foreign key (organization_id, decision_id) references decisions (organization_id, id),
    foreign key (organization_id, person_id) references people (organization_id, id)
);

-- Rounds raised before participants were recorded keep those who reacted as their participants.
insert into decision_participants (organization_id, decision_id, person_id)
select distinct organization_id, decision_id, person_id from decision_reactions;

-- The people a CONSULT_IMPACTED decision consults, and what each answered.
create table decision_consultations
(
    organization_id uuid        not null,
    decision_id     uuid        not null,
    person_id       uuid        not null,
    position        int         not null default 0,
    asked_at        timestamptz not null,
    answer          text,
    answered_at     timestamptz,
    primary key (organization_id, decision_id, person_id),
    foreign key (organization_id, decision_id) references decisions (organization_id, id),
    foreign key (organization_id, person_id) references people (organization_id, id)
);

-- Until when the decider waits for the consulted; what the principle check flagged; which proposal version an
-- objection was raised against, and which objections an amendment answers.
alter table decisions
    add column consult_until timestamptz,
    add column flags         text[] not null default '{}';
create index decisions_flags on decisions using gin (flags);

alter table decision_objections add column proposal_version int not null default 1;
alter table decision_proposals add column answers uuid[] not null default '{}';
