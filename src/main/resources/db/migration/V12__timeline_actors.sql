-- "What changed" is a projection of the domain events: each row keeps who made the change. Its id is derived
-- from the event, so a retried publication finds its row already there instead of adding it twice.
alter table activity add column actor_id uuid;
