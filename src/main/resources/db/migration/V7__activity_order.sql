-- Changes recorded in one instant keep the order in which they happened.
alter table activity add column seq bigserial;
create index activity_recent_ordered on activity (organization_id, occurred_at desc, seq desc);
drop index activity_recent;
