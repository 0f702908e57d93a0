-- Every status a volunteer entered (APPLIED -> INTAKE -> ACTIVE <-> PAUSED -> STOPPED), with when and the kern they
-- lived in then: what the funnel report counts (applied, intake, active, declined, days from applying to active).
-- Nothing that names a person; erasure keeps the rows as it keeps the volunteer row's kern and status (counts stay).
create table volunteer_status_change (
    id           bigserial primary key,
    volunteer_id uuid        not null references volunteer (id) on delete cascade,
    status       text        not null,
    kern         text        not null,
    at           timestamptz not null
);
create index volunteer_status_change_at on volunteer_status_change (at);
create index volunteer_status_change_volunteer on volunteer_status_change (volunteer_id, at);

-- Before this table the feed was the only history: each volunteer event carries the whole snapshot with its status,
-- so a status change is an event whose status differs from the one before it. Events of erased volunteers were
-- redacted to their id: for them (and anyone without events) the row itself gives APPLIED at created_at and, when
-- that is not the status now, the status now at updated_at.
insert into volunteer_status_change (volunteer_id, status, kern, at)
select volunteer_id, status, kern, at
from (select v.id                                         as volunteer_id,
             e.payload ->> 'status'                       as status,
             coalesce(e.payload ->> 'homeKern', v.home_kern) as kern,
             e.occurred_at                                as at,
             lag(e.payload ->> 'status') over (partition by v.id order by e.seq) as before
      from outbox_event e
      join volunteer v on e.aggregate_id = cast(v.id as text)
      where e.aggregate_type = 'volunteer' and e.payload ->> 'status' is not null) steps
where before is distinct from status;

insert into volunteer_status_change (volunteer_id, status, kern, at)
select v.id, 'APPLIED', v.home_kern, v.created_at
from volunteer v
where not exists (select 1 from volunteer_status_change s where s.volunteer_id = v.id);

insert into volunteer_status_change (volunteer_id, status, kern, at)
select v.id, v.status, v.home_kern, coalesce(v.erased_at, v.updated_at)
from volunteer v
where v.status <> 'APPLIED'
  and not exists (select 1 from volunteer_status_change s where s.volunteer_id = v.id and s.status <> 'APPLIED');

-- From now on the database records each step itself, whatever code path changes the status (a coordinator's step,
-- an intake, erasure), in the transaction of the change.
create function record_volunteer_status() returns trigger
    language plpgsql as
$$
begin
    if tg_op = 'INSERT' or new.status is distinct from old.status then
        insert into volunteer_status_change (volunteer_id, status, kern, at)
        values (new.id, new.status, new.home_kern, now());
    end if;
    return new;
end
$$;

create trigger volunteer_status_history
    after insert or update of status on volunteer
    for each row
execute function record_volunteer_status();
