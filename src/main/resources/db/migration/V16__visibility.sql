-- Visibility: who may see a decision or an intent (ORGANIZATION, TEAM or CONFIDENTIAL), and the people named
-- on it beyond its proposer, decider and those asked for advice (for a decision) or its declarer (for an intent).
alter table decisions
    add column visibility text   not null default 'ORGANIZATION' check (visibility in ('ORGANIZATION', 'TEAM', 'CONFIDENTIAL')),
    add column named_ids  uuid[] not null default '{}';

alter table intents
    add column visibility text   not null default 'ORGANIZATION' check (visibility in ('ORGANIZATION', 'TEAM', 'CONFIDENTIAL')),
    add column named_ids  uuid[] not null default '{}';

-- Who may read the log entries of one subject (a decision or an intent). Kept beside the chain, not in it:
-- an entry is hashed exactly as written, whoever may read it, and the audience grows as people are named.
create table log_audiences
(
    organization_id uuid   not null references organizations (id),
    subject_id      uuid   not null,
    visibility      text   not null check (visibility in ('ORGANIZATION', 'TEAM', 'CONFIDENTIAL')),
    home_base_id    uuid,
    mission_id      uuid,
    named_ids       uuid[] not null default '{}',
    primary key (organization_id, subject_id)
);
