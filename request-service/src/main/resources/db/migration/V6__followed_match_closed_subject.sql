-- A closed match no longer holds its volunteer's account subject (the consumer keeps it only while the match is open
-- or live): forget the ones stored before.
update followed_match set volunteer_subject = null
where volunteer_subject is not null and status not in ('PROPOSED', 'ACCEPTED', 'ACTIVE');
