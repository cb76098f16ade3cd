-- A mandate is granted to a role by the role's id, so routing reaches whoever holds the role today. role_name keeps
-- the role's title as it was when the mandate was granted, for display.
alter table mandates add column role_id uuid;
alter table mandates
    add constraint mandates_role_fk foreign key (organization_id, role_id) references roles (organization_id, id);

-- Each title a mandate named becomes a role: the organization's role of that title (any case), else a new work
-- role of the whole organization with one seat, defined by nobody (Baton carried it over).
insert into roles (organization_id, id, type, title, scope_type, seats, created_at)
select distinct on (m.organization_id, lower(m.role_name)) m.organization_id, gen_random_uuid(), 'WORK', m.role_name,
       'ORGANIZATION', 1, now()
from mandates m
where m.role_name is not null
  and not exists (select 1
                  from roles r
                  where r.organization_id = m.organization_id
                    and lower(r.title) = lower(m.role_name))
order by m.organization_id, lower(m.role_name), m.granted_at, m.id;

-- Where several roles share the title (two teams' "Product owner"), the organization's own comes first.
update mandates m
set role_id = (select r.id
               from roles r
               where r.organization_id = m.organization_id
                 and lower(r.title) = lower(m.role_name)
               order by case r.scope_type when 'ORGANIZATION' then 0 when 'KNOWLEDGE_AREA' then 1 else 2 end,
                        r.created_at, r.id
               limit 1)
where m.role_name is not null;

alter table mandates drop constraint mandates_check;
alter table mandates add constraint mandates_one_holder check (num_nonnulls(home_base_id, mission_id, role_id) = 1);
alter table mandates add constraint mandates_role_titled check ((role_id is null) = (role_name is null));
create index mandates_by_role on mandates (organization_id, role_id) where role_id is not null and revoked_at is null;

-- A structure change may grant a mandate to a role by its id.
alter table structure_proposals add column role_id uuid;
