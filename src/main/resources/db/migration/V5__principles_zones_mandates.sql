-- Values and principles: living and versioned; every change keeps a version with its rationale.
create table principle_values
(
    organization_id uuid        not null references organizations (id),
    id              uuid        not null,
    name            text        not null,
    description     text        not null default '',
    status          text        not null,
    version         int         not null,
    created_at      timestamptz not null,
    primary key (organization_id, id)
);
create unique index principle_values_name_unique on principle_values (organization_id, lower(name)) where status = 'ACTIVE';

create table value_versions
(
    organization_id uuid        not null,
    value_id        uuid        not null,
    version         int         not null,
    name            text        not null,
    description     text        not null,
    status          text        not null,
    rationale       text        not null,
    trigger_type    text,
    trigger_id      uuid,
    changed_by      uuid        not null,
    changed_at      timestamptz not null,
    primary key (organization_id, value_id, version),
    foreign key (organization_id, value_id) references principle_values (organization_id, id),
    foreign key (organization_id, changed_by) references people (organization_id, id)
);

create table principles
(
    organization_id    uuid        not null references organizations (id),
    id                 uuid        not null,
    value_id           uuid        not null,
    statement          text        not null,
    status             text        not null,
    version            int         not null,
    created_at         timestamptz not null,
    last_touched_at    timestamptz not null,
    primary key (organization_id, id),
    foreign key (organization_id, value_id) references principle_values (organization_id, id)
);

create table principle_versions
(
    organization_id uuid        not null,
    principle_id    uuid        not null,
    version         int         not null,
    statement       text        not null,
    status          text        not null,
    rationale       text        not null,
    trigger_type    text,
    trigger_id      uuid,
    changed_by      uuid,
    changed_at      timestamptz not null,
    primary key (organization_id, principle_id, version),
    foreign key (organization_id, principle_id) references principles (organization_id, id)
);

-- Decision areas, their zones, the centre and mandates.
create table decision_areas
(
    organization_id uuid        not null references organizations (id),
    id              uuid        not null,
    name            text        not null,
    zone            text        not null,
    description     text        not null default '',
    created_at      timestamptz not null,
    version         bigint      not null default 0,
    primary key (organization_id, id)
);
create unique index decision_areas_name_unique on decision_areas (organization_id, lower(name));

create table centres
(
    organization_id uuid not null primary key references organizations (id),
    name            text not null
);

create table centre_members
(
    organization_id uuid not null,
    person_id       uuid not null,
    primary key (organization_id, person_id),
    foreign key (organization_id) references centres (organization_id),
    foreign key (organization_id, person_id) references people (organization_id, id)
);

create table mandates
(
    organization_id uuid        not null,
    id              uuid        not null,
    area_id         uuid        not null,
    home_base_id    uuid,
    mission_id      uuid,
    role_name       text,
    granted_at      timestamptz not null,
    revoked_at      timestamptz,
    primary key (organization_id, id),
    foreign key (organization_id, area_id) references decision_areas (organization_id, id),
    foreign key (organization_id, home_base_id) references home_bases (organization_id, id),
    foreign key (organization_id, mission_id) references missions (organization_id, id),
    check (num_nonnulls(home_base_id, mission_id, role_name) = 1)
);
create index mandates_by_area on mandates (organization_id, area_id) where revoked_at is null;

alter table decisions add column area_id uuid, add column zone text,
    add foreign key (organization_id, area_id) references decision_areas (organization_id, id);
alter table intents add column area_id uuid, add column zone text,
    add foreign key (organization_id, area_id) references decision_areas (organization_id, id);
