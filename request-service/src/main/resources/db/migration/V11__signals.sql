-- Issue 16. The directory's organisations reach the projected catalogue as OrganisationChanged events (volunteer-
-- service's feed, aggregate type catalog): a signal's receiving organisation is checked against them.
alter table catalog_entry drop constraint catalog_entry_list_check;
alter table catalog_entry add constraint catalog_entry_list_check
    check (list in ('KERNEN', 'THEMES', 'TALENTS', 'TRAININGS', 'ORGANISATIONS'));

-- Signals ("niet-pluis"): raised by a volunteer about a senior they visit, or by a coordinator, referred to an
-- organisation of the directory. Only the reference the receiving organisation needs: the request when it owns it,
-- otherwise the contact details the senior agreed to share, with that consent. Retention and the requester's erasure
-- blank the note, the feedback, the reference and the raiser (erased_at); codes and times stay for the counts.
create table signal (
    id                     uuid primary key,
    version                bigint      not null,
    status                 text        not null check (status in ('RAISED', 'PICKED_UP', 'FEEDBACK_GIVEN', 'CLOSED')),
    theme                  text        not null,
    kern                   text        not null,
    urgency                text        not null check (urgency in ('LOW', 'NORMAL', 'HIGH')),
    receiving_organisation text        not null,
    -- the token subject of whoever raised it, their role and (a coordinator's) organisation
    raised_by              text,
    raised_by_role         text        not null check (raised_by_role in ('VOLUNTEER', 'COORDINATOR')),
    raised_by_organisation text,
    -- the senior's request (the raiser's match, or a request of the raising coordinator's organisation)
    request_id             uuid,
    reference_kind         text        not null check (reference_kind in ('REQUEST', 'SHARED_CONTACT')),
    note                   text,
    contact_name           text,
    contact_phone          text,
    contact_address        text,
    -- the senior's consent to share the contact details with the receiving organisation
    consent_channel        text,
    consent_given_at       timestamptz,
    consent_recorded_by    text,
    feedback               text,
    raised_at              timestamptz not null,
    picked_up_at           timestamptz,
    picked_up_by           text,
    feedback_at            timestamptz,
    closed_at              timestamptz,
    escalated_at           timestamptz,
    erased_at              timestamptz,
    updated_at             timestamptz not null
);
create index signal_receiving on signal (receiving_organisation, raised_at);
create index signal_raised_by on signal (raised_by);
create index signal_request on signal (request_id) where request_id is not null;
create index signal_unpicked on signal (raised_at) where status = 'RAISED' and escalated_at is null;
create index signal_closed on signal (closed_at) where erased_at is null;
