-- What a mission needs from the people who staff it: expertise areas at a level ("Area: LEVEL", the way
-- people's expertise reads), how many people, and how many hours a week each gives it.
alter table missions
    add column needed_expertise text[] not null default '{}',
    add column size             int check (size between 1 and 50),
    add column hours_per_week   int check (hours_per_week between 1 and 80);

-- A person's availability is now the hours a week they can give to missions (it was a percentage of a
-- week). A full week counts 40 hours; someone new is assumed to have a day a week until they say.
alter table people drop constraint people_availability_check;
update people set availability = round(availability * 0.4);
alter table people
    alter column availability set default 8,
    add constraint people_availability_check check (availability between 0 and 80);

-- Who led which mission, and when: the development module's record of mission leadership, fed by the missions'
-- events. A lead starts when a mission becomes active with its leader, or when an active mission gets a new
-- leader, and ends when the leader changes or the mission ends. Kept as instants, so that leads starting on the
-- same day keep their order; the pipeline reads their days in UTC.
create table mission_leads
(
    organization_id uuid        not null references organizations (id),
    mission_id      uuid        not null,
    person_id       uuid        not null,
    home_base_id    uuid,
    started_at      timestamptz not null,
    ended_at        timestamptz,
    primary key (organization_id, mission_id, started_at),
    check (ended_at is null or ended_at >= started_at)
);
create index mission_leads_by_person on mission_leads (organization_id, person_id, started_at);
create index mission_leads_by_start on mission_leads (organization_id, started_at);

-- Missions from before this version: only their current leader is known, so each active or ended mission gets
-- one lead, by its leader now, from its start (or its creation) to when it ended (its last update, never before
-- the lead started). Leaders who handed over before this version are not recorded.
insert into mission_leads (organization_id, mission_id, person_id, home_base_id, started_at, ended_at)
select organization_id, id, leader_id, home_base_id, began,
       case when status in ('COMPLETED', 'ABANDONED', 'CELEBRATED') then greatest(began, updated_at) end
from (select organization_id, id, leader_id, home_base_id, status, updated_at,
             coalesce(starts_on::timestamp at time zone 'UTC', created_at) as began
      from missions
      where leader_id is not null and status not in ('PROPOSED', 'STAFFING')) as before_v31;

-- The latest staffing proposal Baton made for a mission, so that accepting applies what was shown.
create table staffing_proposals
(
    organization_id  uuid        not null references organizations (id),
    mission_id       uuid        not null,
    mission_version  bigint      not null,
    proposal         jsonb       not null,
    proposed_by      uuid        not null,
    proposed_at      timestamptz not null,
    primary key (organization_id, mission_id),
    foreign key (organization_id, mission_id) references missions (organization_id, id)
);
