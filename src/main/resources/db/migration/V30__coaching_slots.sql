-- Sessions a coach offers, one row per slot: at most one booking at a time, held on the slot itself, so that two
-- people booking the same slot at once cannot both succeed (the version is checked on every change). A withdrawn
-- slot is deleted; a cancelled booking frees the slot again.
create table coaching_slots
(
    organization_id uuid        not null references organizations (id),
    id              uuid        not null,
    coach_id        uuid        not null,
    starts_at       timestamptz not null,
    ends_at         timestamptz not null,
    topic           text        not null,
    place           text        not null default '',
    published_at    timestamptz not null,
    booker_id       uuid,
    booking_note    text,
    booked_at       timestamptz,
    version         bigint      not null default 0,
    primary key (organization_id, id),
    foreign key (organization_id, coach_id) references people (organization_id, id),
    foreign key (organization_id, booker_id) references people (organization_id, id),
    check (ends_at > starts_at and ends_at <= starts_at + interval '8 hours'),
    check ((booker_id is null) = (booked_at is null)),
    check (booker_id is null or booker_id <> coach_id)
);
create index coaching_slots_by_start on coaching_slots (organization_id, starts_at);
create index coaching_slots_by_coach on coaching_slots (organization_id, coach_id, starts_at);
create index coaching_slots_by_booker on coaching_slots (organization_id, booker_id, starts_at) where booker_id is not null;
