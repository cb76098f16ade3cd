-- Reply by mail (ADR 0016): a notice mail may carry a signed Reply-To; a reply with a forged token is answered at
-- the address it came from, which belongs to no organization.
alter table mail_outbox add column reply_to text;
alter table mail_outbox alter column organization_id drop not null;

-- Each reply read from the mailbox is handled once, by whichever node reads it first.
create table mail_replies_read
(
    message_id text        primary key,
    read_at    timestamptz not null,
    outcome    text        not null
);
