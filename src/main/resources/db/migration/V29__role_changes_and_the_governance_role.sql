-- Hand-overs, splits and selections proposed for a role, each decided by a consent decision of the role's circle
-- and made once that decision is, or failed (saying why) when the role can no longer take it by then. A hand-over
-- names the assignments it ends when it is proposed.
create table role_change_proposals
(
    organization_id uuid        not null,
    id              uuid        not null,
    role_id         uuid        not null,
    decision_id     uuid        not null,
    kind            text        not null,
    subject         text        not null,
    to_person_id    uuid,
    from_person_id  uuid,
    titles          text[]      not null default '{}',
    reason          text        not null default '',
    proposed_by     uuid        not null,
    proposed_at     timestamptz not null,
    stepping_back   uuid[]      not null default '{}',
    status          text        not null,
    failure         text,
    primary key (organization_id, id),
    foreign key (organization_id, role_id) references roles (organization_id, id),
    foreign key (organization_id, decision_id) references decisions (organization_id, id),
    foreign key (organization_id, to_person_id) references people (organization_id, id),
    foreign key (organization_id, from_person_id) references people (organization_id, id),
    check (kind in ('HANDOVER', 'SPLIT', 'SELECTION')),
    check (status in ('PENDING', 'MADE', 'FAILED')),
    check ((status = 'FAILED') = (failure is not null))
);
create index role_change_proposals_by_decision on role_change_proposals (organization_id, decision_id);
create index role_change_proposals_by_role on role_change_proposals (organization_id, role_id);

-- People put forward for a role's seats, with why; open until a selection seats them.
create table role_nominations
(
    organization_id uuid        not null,
    id              uuid        not null,
    role_id         uuid        not null,
    nominee_id      uuid        not null,
    nominated_by    uuid        not null,
    reason          text        not null,
    nominated_at    timestamptz not null,
    open            boolean     not null default true,
    primary key (organization_id, id),
    foreign key (organization_id, role_id) references roles (organization_id, id),
    foreign key (organization_id, nominee_id) references people (organization_id, id),
    foreign key (organization_id, nominated_by) references people (organization_id, id)
);
-- One open nomination per nominator and nominee of a role.
create unique index role_nominations_open_once on role_nominations (organization_id, role_id, nominated_by, nominee_id) where open;

-- The principles governance body becomes a role Baton relies on (charter PRINCIPLES_GOVERNANCE): an organization
-- faculty with at least five seats, or as many as it has terms not yet ended today (those starting later included,
-- so no day holds more members than seats); every term becomes an assignment keeping its id and its dates.
insert into roles (organization_id, id, type, title, purpose, accountabilities, scope_type, scope_id, knowledge_area,
                   parent_id, seats, review_on, charter, defined_by, decision_id, created_at, version)
select g.organization_id,
       gen_random_uuid(),
       'ORG_FACULTY',
       'Principles governance body',
       '',
       '{}',
       'ORGANIZATION',
       null,
       null,
       null,
       least(1000, greatest(5, count(*) filter (where g.term_ends_on > current_date))),
       null,
       'PRINCIPLES_GOVERNANCE',
       null,
       null,
       now(),
       0
from governance_members g
where not exists (select 1 from roles r where r.organization_id = g.organization_id and r.charter = 'PRINCIPLES_GOVERNANCE')
group by g.organization_id;

insert into role_assignments (organization_id, id, role_id, person_id, from_on, until_on, granted_by, decision_id,
                              granted_at)
select g.organization_id, g.id, r.id, g.person_id, g.term_starts_on, g.term_ends_on, null, null, now()
from governance_members g
         join roles r on r.organization_id = g.organization_id and r.charter = 'PRINCIPLES_GOVERNANCE';

drop table governance_members;
