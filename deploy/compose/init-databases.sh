#!/bin/bash
# Runs once, on PostgreSQL's first start with an empty data volume: one login role and one database per service
# and for Keycloak, each owned by its role. Passwords from the environment (compose.yaml, from the env file).
set -euo pipefail

create() {
    local name="$1" password="$2"
    psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
        -v name="$name" -v password="$password" <<'SQL'
CREATE ROLE :"name" LOGIN PASSWORD :'password';
CREATE DATABASE :"name" OWNER :"name";
SQL
}

create volunteer "$TB_VOLUNTEER_DB_PASSWORD"
create request "$TB_REQUEST_DB_PASSWORD"
create matching "$TB_MATCHING_DB_PASSWORD"
create notification "$TB_NOTIFICATION_DB_PASSWORD"
create keycloak "$TB_KEYCLOAK_DB_PASSWORD"
