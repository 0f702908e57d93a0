-- The organisation alias comes from request-service's feed (the token of whoever posted the request). In a
-- varchar(80) one longer alias failed every apply of its event, and the request feed stood still on it until the
-- event was set aside. request-service now refuses aliases over 80 characters at intake; this consumer stores what
-- the feed carries, whatever its length, so an older event never stops it.
alter table request_projection alter column organisation type text;
alter table match alter column organisation type text;
