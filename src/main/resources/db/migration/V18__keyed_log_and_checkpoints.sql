-- The decision log is keyed (ADR 0014): each chain records how it is hashed. Chains written before the key are
-- plain SHA-256 until Baton re-keys them on start; a keyed chain names its key by fingerprint, never the key.
alter table log_chain_heads
    add column scheme text not null default 'SHA-256',
    add column key_id text;
alter table log_chain_heads
    alter column scheme drop default;

-- Re-keying rewrites previous_hash and hash of a chain that held by the old rule, and nothing else. Baton asks
-- for it with `set local baton.log_rekeying = 'on'` in the re-keying transaction; every other update or delete
-- is refused as before.
create or replace function log_entries_are_append_only() returns trigger language plpgsql as
$$
begin
    if tg_op = 'UPDATE' and current_setting('baton.log_rekeying', true) = 'on'
        and (to_jsonb(new) - 'hash' - 'previous_hash' - 'search')
            = (to_jsonb(old) - 'hash' - 'previous_hash' - 'search') then
        return new;
    end if;
    raise exception 'the decision log is append-only: add a correcting entry instead';
end;
$$;

-- Signed checkpoints of each chain's head: {organization, sequence, hash, at} signed with Ed25519.
create table log_checkpoints
(
    organization_id uuid        not null references organizations (id),
    sequence        bigint      not null,
    hash            text        not null,
    at              timestamptz not null,
    signature       text        not null,
    primary key (organization_id, at, sequence)
);
