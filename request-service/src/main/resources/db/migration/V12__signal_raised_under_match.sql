-- The match under which a volunteer raised a signal (the live match of the senior's request she visits): when
-- matching-service says that match's volunteer was erased (MatchVolunteerErased, also long after it closed), the
-- signal forgets who raised it. Signals raised before this column have none: retention clears those.
alter table signal add column raised_under_match uuid;
create index signal_raised_under_match on signal (raised_under_match) where raised_under_match is not null;
