-- The leadership network beside the hierarchy (DOMAIN.md §11): the big opportunity statement and its versions,
-- the leadership team that adopts it, the urgency group and its conversations, the guiding coalition chosen by
-- open application, strategic initiatives with 90-day wins, and thanks on the celebrations wall.

-- The leadership team: a named group of the management side, kept apart from the centre. Admins name it.
create table leadership_team
(
    organization_id uuid        not null references organizations (id),
    person_id       uuid        not null,
    named_by        uuid        not null,
    named_at        timestamptz not null,
    primary key (organization_id, person_id),
    foreign key (organization_id, person_id) references people (organization_id, id)
);

-- A version of the big opportunity statement: proposed with a rationale, adopted by consent of the leadership
-- team (the decision raised for it). The adopted version with the highest number is the current statement.
create table opportunity_versions
(
    organization_id uuid        not null references organizations (id),
    id              uuid        not null,
    number          int         not null check (number >= 1),
    text            text        not null check (char_length(text) between 1 and 2500),
    rationale       text        not null default '' check (char_length(rationale) <= 2000),
    status          text        not null check (status in ('PROPOSED', 'ADOPTED', 'DECLINED')),
    decision_id     uuid,
    proposed_by     uuid        not null,
    proposed_at     timestamptz not null,
    adopted_at      timestamptz,
    primary key (organization_id, id),
    unique (organization_id, number),
    foreign key (organization_id, proposed_by) references people (organization_id, id)
);
create index opportunity_versions_by_decision on opportunity_versions (organization_id, decision_id);

-- Who read which version of the statement, and when first: reads are counted once per person and version.
create table opportunity_reads
(
    organization_id uuid        not null references organizations (id),
    version_id      uuid        not null,
    person_id       uuid        not null,
    read_at         timestamptz not null,
    primary key (organization_id, version_id, person_id),
    foreign key (organization_id, version_id) references opportunity_versions (organization_id, id)
);
create index opportunity_reads_by_person on opportunity_reads (organization_id, person_id, read_at);

-- Membership of the urgency group over time: a row per stretch a person was in it (left_at null while in).
create table urgency_group_members
(
    organization_id uuid        not null references organizations (id),
    person_id       uuid        not null,
    joined_at       timestamptz not null,
    left_at         timestamptz,
    primary key (organization_id, person_id, joined_at),
    foreign key (organization_id, person_id) references people (organization_id, id),
    check (left_at is null or left_at >= joined_at)
);
create unique index urgency_group_members_current on urgency_group_members (organization_id, person_id)
    where left_at is null;

-- A conversation through which a member of the urgency group spread the statement, and with whom.
create table urgency_conversations
(
    organization_id uuid        not null references organizations (id),
    id              uuid        not null,
    logged_by       uuid        not null,
    held_at         timestamptz not null,
    note            text        not null default '' check (char_length(note) <= 1000),
    primary key (organization_id, id),
    foreign key (organization_id, logged_by) references people (organization_id, id)
);
create index urgency_conversations_by_time on urgency_conversations (organization_id, held_at);

create table urgency_conversation_people
(
    organization_id uuid not null,
    conversation_id uuid not null,
    person_id       uuid not null,
    primary key (organization_id, conversation_id, person_id),
    foreign key (organization_id, conversation_id) references urgency_conversations (organization_id, id),
    foreign key (organization_id, person_id) references people (organization_id, id)
);
create index urgency_conversation_people_by_person on urgency_conversation_people (organization_id, person_id);

-- A call for the guiding coalition: seats, a closing date and criteria; anyone applies while it is open. When it
-- closes, Baton proposes a selection (kept here, so that what the panel adopts is what it saw), the panel adjusts
-- it and adopts it by consent (the decision raised for it); once that decision is made the coalition is formed.
create table coalition_calls
(
    organization_id uuid        not null references organizations (id),
    id              uuid        not null,
    seats           int         not null check (seats between 1 and 200),
    closes_on       date        not null,
    criteria        text        not null default '' check (char_length(criteria) <= 2000),
    status          text        not null check (status in ('OPEN', 'CLOSED', 'ADOPTING', 'FORMED')),
    opened_by       uuid        not null,
    opened_at       timestamptz not null,
    closed_at       timestamptz,
    selection       jsonb,
    selected_at     timestamptz,
    decision_id     uuid,
    version         bigint      not null default 0,
    primary key (organization_id, id),
    foreign key (organization_id, opened_by) references people (organization_id, id)
);
create index coalition_calls_by_decision on coalition_calls (organization_id, decision_id);

-- The selection panel of a call: who rates applications and adopts the selection.
create table coalition_panel
(
    organization_id uuid not null,
    call_id         uuid not null,
    person_id       uuid not null,
    primary key (organization_id, call_id, person_id),
    foreign key (organization_id, call_id) references coalition_calls (organization_id, id),
    foreign key (organization_id, person_id) references people (organization_id, id)
);

create table coalition_applications
(
    organization_id     uuid        not null references organizations (id),
    id                  uuid        not null,
    call_id             uuid        not null,
    person_id           uuid        not null,
    motivation          text        not null check (char_length(motivation) between 1 and 2000),
    energy              text        not null default '' check (char_length(energy) <= 1000),
    initiative_interest text        not null default '' check (char_length(initiative_interest) <= 500),
    applied_at          timestamptz not null,
    primary key (organization_id, id),
    unique (organization_id, call_id, person_id),
    foreign key (organization_id, call_id) references coalition_calls (organization_id, id),
    foreign key (organization_id, person_id) references people (organization_id, id)
);

-- A panel member's rating of an application: attitude and energy, 1 to 5; one per rater, changed by rating again.
create table coalition_ratings
(
    organization_id uuid        not null,
    application_id  uuid        not null,
    rater_id        uuid        not null,
    attitude        int         not null check (attitude between 1 and 5),
    energy          int         not null check (energy between 1 and 5),
    rated_at        timestamptz not null,
    primary key (organization_id, application_id, rater_id),
    foreign key (organization_id, application_id) references coalition_applications (organization_id, id),
    foreign key (organization_id, rater_id) references people (organization_id, id)
);

-- The guiding coalition: who sits on it, from which call, since when.
create table coalition_members
(
    organization_id uuid        not null references organizations (id),
    person_id       uuid        not null,
    call_id         uuid        not null,
    joined_at       timestamptz not null,
    primary key (organization_id, person_id),
    foreign key (organization_id, call_id) references coalition_calls (organization_id, id),
    foreign key (organization_id, person_id) references people (organization_id, id)
);

-- What kind of mission: an ordinary one, or a 90-day win of the coalition (check-ins due at day 30 and day 60,
-- its end at day 90).
alter table missions
    add column kind text not null default 'MISSION' check (kind in ('MISSION', 'NINETY_DAY_WIN'));

-- A strategic initiative set by the coalition within loose parameters from management, carried by a mission
-- (a 90-day win or not), with the metric its team designed (the mission's metric).
create table initiatives
(
    organization_id uuid        not null references organizations (id),
    id              uuid        not null,
    mission_id      uuid        not null,
    title           text        not null check (char_length(title) between 1 and 200),
    parameters      text        not null default '' check (char_length(parameters) <= 1000),
    budget_cap      numeric check (budget_cap >= 0),
    ninety_day_win  boolean     not null,
    started_by      uuid        not null,
    started_at      timestamptz not null,
    primary key (organization_id, id),
    unique (organization_id, mission_id),
    foreign key (organization_id, mission_id) references missions (organization_id, id),
    foreign key (organization_id, started_by) references people (organization_id, id)
);
create index initiatives_by_start on initiatives (organization_id, started_at);

-- Thanks added on the celebrations wall to a completed or celebrated mission.
create table celebration_thanks
(
    organization_id uuid        not null references organizations (id),
    id              uuid        not null,
    mission_id      uuid        not null,
    given_by        uuid        not null,
    text            text        not null check (char_length(text) between 1 and 500),
    given_at        timestamptz not null,
    primary key (organization_id, id),
    foreign key (organization_id, mission_id) references missions (organization_id, id),
    foreign key (organization_id, given_by) references people (organization_id, id)
);
create index celebration_thanks_by_mission on celebration_thanks (organization_id, mission_id, given_at);
