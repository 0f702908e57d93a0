-- How a projected volunteer wants to be reached (issue 11, volunteer feed field reachBy): EMAIL (has an e-mail
-- address and prefers it: answers offers online) or PHONE (no e-mail, or chose "call me": a coordinator phones them,
-- and their offers are on the call list). Older events carry no reachBy: PHONE when the volunteer has no account
-- subject, else EMAIL. Still no e-mail address or phone number here.

alter table volunteer_projection add column reach_by varchar(10);
update volunteer_projection
   set reach_by = case when snapshot ->> 'reachBy' in ('EMAIL', 'PHONE') then snapshot ->> 'reachBy'
                       when subject is null then 'PHONE'
                       else 'EMAIL' end;
alter table volunteer_projection alter column reach_by set not null;
alter table volunteer_projection add constraint volunteer_projection_reach_by check (reach_by in ('EMAIL', 'PHONE'));
