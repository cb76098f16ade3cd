-- Leadership roles and work roles: one definition shared by all its holders, with seats (fewer holders than seats
-- is a vacancy), a scope, an optional parent (sub-areas) and a review date. A charter marks a role Baton itself
-- relies on (the principles governance body), at most one per organization.
create table roles
(
    organization_id    uuid        not null references organizations (id),
    id                 uuid        not null,
    type               text        not null,
    title              text        not null,
    purpose            text        not null default '',
    accountabilities   text[]      not null default '{}',
    scope_type         text        not null,
    scope_id           uuid,
    knowledge_area     text,
    parent_id          uuid,
    seats              int         not null,
    review_on          date,
    charter            text,
    defined_by         uuid,
    decision_id        uuid,
    created_at         timestamptz not null,
    version            bigint      not null default 0,
    primary key (organization_id, id),
    foreign key (organization_id, parent_id) references roles (organization_id, id),
    check (seats between 1 and 1000),
    check ((scope_type in ('ORGANIZATION', 'KNOWLEDGE_AREA')) = (scope_id is null)),
    check ((scope_type = 'KNOWLEDGE_AREA') = (knowledge_area is not null))
);
-- Titles are unique where they apply: two teams may each have a "Product owner".
create unique index roles_title_unique on roles (organization_id, scope_type, coalesce(scope_id, organization_id), lower(title));
create unique index roles_charter_unique on roles (organization_id, charter) where charter is not null;
create index roles_by_parent on roles (organization_id, parent_id) where parent_id is not null;

-- Who holds a role, from when until when (until is exclusive; null while open-ended), granted by whom and under
-- which decision. Stepping back ends an assignment early; the row stays as history.
create table role_assignments
(
    organization_id  uuid        not null,
    id               uuid        not null,
    role_id          uuid        not null,
    person_id        uuid        not null,
    from_on          date        not null,
    until_on         date,
    granted_by       uuid,
    decision_id      uuid,
    granted_at       timestamptz not null,
    stepped_back_on  date,
    stepped_back_by  uuid,
    step_back_note   text,
    primary key (organization_id, id),
    foreign key (organization_id, role_id) references roles (organization_id, id),
    foreign key (organization_id, person_id) references people (organization_id, id),
    check (until_on is null or until_on > from_on),
    check (stepped_back_on is null or stepped_back_on >= from_on)
);
create index role_assignments_by_role on role_assignments (organization_id, role_id);
create index role_assignments_by_person on role_assignments (organization_id, person_id);
