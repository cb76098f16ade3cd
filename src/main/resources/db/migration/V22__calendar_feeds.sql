-- Personal calendar feeds: a secret address per person that calendar apps read without signing in. Only the
-- secret's SHA-256 is kept; replacing or revoking a feed marks it revoked, and a person has one live feed at most.
create table calendar_feeds
(
    organization_id uuid        not null references organizations (id),
    id              uuid        not null,
    person_id       uuid        not null,
    token_hash      text        not null unique,
    created_at      timestamptz not null,
    revoked_at      timestamptz,
    primary key (organization_id, id),
    foreign key (organization_id, person_id) references people (organization_id, id)
);
create unique index calendar_feeds_one_live on calendar_feeds (organization_id, person_id) where revoked_at is null;
