-- Coordinators who want the mails of their organisation. Only the account's subject and the organisation from the
-- coordinator's own token: the address is read from Keycloak at send time.
create table coordinator_subscription (
    subject       text primary key,
    organisation  text not null,
    subscribed_at timestamp with time zone not null
);
create index coordinator_subscription_organisation on coordinator_subscription (organisation);
