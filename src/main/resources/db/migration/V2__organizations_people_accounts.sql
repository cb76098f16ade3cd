-- Every table of an organization's data carries organization_id inside its primary key and inside
-- every foreign key, so no row can point at another organization's row (and the schema can be
-- distributed by organization later).
create table organizations
(
    id         uuid        not null primary key,
    name       text        not null,
    time_zone  text        not null default 'UTC',
    created_at timestamptz not null
);

create table people
(
    organization_id uuid        not null references organizations (id),
    id              uuid        not null,
    name            text        not null,
    email           text        not null,
    growth_goals    text[]      not null default '{}',
    availability    int         not null default 100 check (availability between 0 and 100),
    time_zone       text        not null default 'UTC',
    version         bigint      not null default 0,
    created_at      timestamptz not null,
    primary key (organization_id, id)
);
create unique index people_email_unique on people (organization_id, lower(email));

create table person_expertise
(
    organization_id uuid not null,
    person_id       uuid not null,
    position        int  not null,
    area            text not null,
    level           text not null,
    primary key (organization_id, person_id, area),
    foreign key (organization_id, person_id) references people (organization_id, id) on delete cascade
);

create table accounts
(
    organization_id uuid        not null,
    person_id       uuid        not null,
    email           text        not null,
    password_hash   text        not null,
    admin           boolean     not null default false,
    operator        boolean     not null default false,
    created_at      timestamptz not null,
    primary key (organization_id, person_id),
    foreign key (organization_id, person_id) references people (organization_id, id)
);
-- People sign in by email alone, so an account's email is unique across the whole site.
create unique index accounts_email_unique on accounts (lower(email));

create table access_tokens
(
    organization_id uuid        not null,
    id              uuid        not null,
    person_id       uuid        not null,
    name            text        not null,
    token_hash      text        not null unique,
    created_at      timestamptz not null,
    last_used_at    timestamptz,
    revoked_at      timestamptz,
    primary key (organization_id, id),
    foreign key (organization_id, person_id) references accounts (organization_id, person_id)
);

create table invitations
(
    organization_id uuid        not null,
    person_id       uuid        not null,
    token_hash      text        not null unique,
    created_at      timestamptz not null,
    expires_at      timestamptz not null,
    accepted_at     timestamptz,
    primary key (organization_id, person_id, token_hash),
    foreign key (organization_id, person_id) references people (organization_id, id)
);
