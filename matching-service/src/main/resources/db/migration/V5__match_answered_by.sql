-- Who answered an offer and how (issue 11): the volunteer themself (channel SELF), or a coordinator of the match's
-- organisation for a volunteer who phoned, came by or sent a paper form (PHONE, IN_PERSON, PAPER). When is
-- decided_at. answered_by is the coordinator's token subject, or 'volunteer'; it is never published in events.

alter table match add column answered_by    varchar(255);
alter table match add column answer_channel varchar(20)
    check (answer_channel in ('SELF', 'PHONE', 'IN_PERSON', 'PAPER'));

-- until now only the volunteer could answer
update match set answered_by = 'volunteer', answer_channel = 'SELF' where decided_at is not null;
