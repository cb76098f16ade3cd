-- Provenance: the decision an organization-wide change was made under (null when made directly).
alter table log_entries add column decision_id uuid;
alter table activity add column decision_id uuid;

-- Seats on the governance body are proposed to it like any change and adopted by its consent.
alter table principle_change_proposals add column member_id uuid;
alter table principle_change_proposals add column term_starts_on date;
alter table principle_change_proposals add column term_ends_on date;

-- Changes to the centre, decision areas, their zones and mandates, proposed to the centre and made by its consent.
create table structure_proposals
(
    organization_id uuid        not null,
    id              uuid        not null,
    decision_id     uuid        not null,
    kind            text        not null,
    subject         text        not null,
    area_id         uuid,
    name            text,
    zone            text,
    description     text,
    home_base_id    uuid,
    mission_id      uuid,
    role            text,
    mandate_id      uuid,
    member_ids      uuid[]      not null default '{}',
    rationale       text        not null,
    proposed_by     uuid        not null,
    proposed_at     timestamptz not null,
    status          text        not null,
    primary key (organization_id, id)
);

create unique index structure_proposals_by_decision on structure_proposals (organization_id, decision_id);
