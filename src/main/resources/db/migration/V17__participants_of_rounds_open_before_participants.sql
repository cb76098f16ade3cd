-- Consent rounds that were open when participants arrived (V13) kept only those who had reacted. Each such round
-- of a home base or a mission also asks the rest of its team, as a round raised today would; the proposer and the
-- decider consent by proposing.
insert into decision_participants (organization_id, decision_id, person_id)
select d.organization_id, d.id, team.person_id
from decisions d
join (select organization_id, id as home_base_id, null::uuid as mission_id, leader_id as person_id from home_bases
      where leader_id is not null
      union select organization_id, home_base_id, null, person_id from home_base_members
      union select organization_id, null, id, leader_id from missions where leader_id is not null
      union select organization_id, null, mission_id, person_id from mission_members) team
  on team.organization_id = d.organization_id
 and (team.home_base_id = d.home_base_id or team.mission_id = d.mission_id)
where d.status = 'OPEN'
  and d.method = 'CONSENT'
  and d.raised_at < (select installed_on from flyway_schema_history where version = '13')
  and team.person_id <> d.proposer_id
  and team.person_id <> d.decider_id
on conflict do nothing;
