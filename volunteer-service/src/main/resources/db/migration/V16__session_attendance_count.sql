-- How many attended a held session, kept on the session: erasure deletes a volunteer's enrolments, and the training
-- report's figures must not change when a person is erased (erasure keeps counts). Null until attendance is recorded.
alter table training_session add column attended integer check (attended >= 0);
update training_session t set attended = (select count(*) from session_enrolment e
    where e.session_id = t.id and e.status = 'ATTENDED')
where t.status = 'HELD';
