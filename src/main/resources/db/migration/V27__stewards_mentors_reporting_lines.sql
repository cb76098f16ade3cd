-- Every person has a steward (never themselves) who guides their growth; a management line is administrative.
alter table people add column steward_id uuid;
alter table people add column reports_to_id uuid;
alter table people add constraint people_steward_not_self check (steward_id is null or steward_id <> id);
alter table people add constraint people_reports_to_not_self check (reports_to_id is null or reports_to_id <> id);
alter table people add constraint people_steward_member
    foreign key (organization_id, steward_id) references people (organization_id, id) deferrable initially deferred;
alter table people add constraint people_reports_to_member
    foreign key (organization_id, reports_to_id) references people (organization_id, id) deferrable initially deferred;
create index people_steward on people (organization_id, steward_id);
create index people_reports_to on people (organization_id, reports_to_id);

-- Mentors are chosen by the mentee, per knowledge area; ended mentorships stay, with their end.
create table mentorships
(
    organization_id uuid        not null,
    id              uuid        not null,
    mentee_id       uuid        not null,
    mentor_id       uuid        not null,
    knowledge_area  text        not null,
    started_at      timestamptz not null,
    ended_at        timestamptz,
    primary key (organization_id, id),
    foreign key (organization_id, mentee_id) references people (organization_id, id),
    foreign key (organization_id, mentor_id) references people (organization_id, id),
    check (mentee_id <> mentor_id)
);
create unique index mentorships_one_open_per_mentor_and_area
    on mentorships (organization_id, mentee_id, mentor_id, lower(knowledge_area)) where ended_at is null;
create index mentorships_by_mentor on mentorships (organization_id, mentor_id);
