create table home_bases
(
    organization_id uuid        not null references organizations (id),
    id              uuid        not null,
    name            text        not null,
    leader_id       uuid,
    purpose         text        not null default '',
    customers       text[]      not null default '{}',
    success_metrics text[]      not null default '{}',
    priorities      text[]      not null default '{}',
    budget          text        not null default '',
    version         bigint      not null default 0,
    created_at      timestamptz not null,
    primary key (organization_id, id),
    foreign key (organization_id, leader_id) references people (organization_id, id)
);
create unique index home_bases_name_unique on home_bases (organization_id, lower(name));

-- A person belongs to at most one home base.
create table home_base_members
(
    organization_id uuid        not null,
    person_id       uuid        not null,
    home_base_id    uuid        not null,
    joined_at       timestamptz not null,
    primary key (organization_id, person_id),
    foreign key (organization_id, person_id) references people (organization_id, id),
    foreign key (organization_id, home_base_id) references home_bases (organization_id, id)
);
create index home_base_members_by_home_base on home_base_members (organization_id, home_base_id);

create table missions
(
    organization_id  uuid        not null references organizations (id),
    id               uuid        not null,
    title            text        not null,
    home_base_id     uuid,
    leader_id        uuid,
    status           text        not null,
    metric_name      text        not null,
    baseline         numeric     not null,
    target           numeric     not null,
    unit             text        not null default '',
    success_criteria text[]      not null default '{}',
    starts_on        date,
    ends_on          date,
    constraints      text[]      not null default '{}',
    authority        text[]      not null default '{}',
    version          bigint      not null default 0,
    created_at       timestamptz not null,
    updated_at       timestamptz not null,
    primary key (organization_id, id),
    foreign key (organization_id, home_base_id) references home_bases (organization_id, id),
    foreign key (organization_id, leader_id) references people (organization_id, id)
);
create index missions_by_home_base on missions (organization_id, home_base_id);
create index missions_by_leader on missions (organization_id, leader_id);

create table mission_members
(
    organization_id uuid not null,
    mission_id      uuid not null,
    person_id       uuid not null,
    primary key (organization_id, mission_id, person_id),
    foreign key (organization_id, mission_id) references missions (organization_id, id) on delete cascade,
    foreign key (organization_id, person_id) references people (organization_id, id)
);
create index mission_members_by_person on mission_members (organization_id, person_id);

create table mission_check_ins
(
    organization_id uuid        not null,
    id              uuid        not null,
    mission_id      uuid        not null,
    value           numeric     not null,
    confidence      int         not null check (confidence between 0 and 100),
    note            text        not null default '',
    recorded_by     uuid        not null,
    recorded_at     timestamptz not null,
    primary key (organization_id, id),
    foreign key (organization_id, mission_id) references missions (organization_id, id) on delete cascade,
    foreign key (organization_id, recorded_by) references people (organization_id, id)
);
create index mission_check_ins_by_mission on mission_check_ins (organization_id, mission_id, recorded_at);

create table mission_lessons
(
    organization_id uuid        not null,
    id              uuid        not null,
    mission_id      uuid        not null,
    position        int         not null,
    lesson          text        not null,
    captured_at     timestamptz not null,
    primary key (organization_id, id),
    foreign key (organization_id, mission_id) references missions (organization_id, id) on delete cascade
);

create table activity
(
    organization_id uuid        not null references organizations (id),
    id              uuid        not null,
    occurred_at     timestamptz not null,
    kind            text        not null,
    subject_type    text        not null,
    subject_id      uuid        not null,
    subject_name    text        not null,
    detail          text        not null default '',
    primary key (organization_id, id)
);
create index activity_recent on activity (organization_id, occurred_at desc);
