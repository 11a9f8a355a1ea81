-- One database and one login role per rtop service: no context reads another's store, and
-- PostgreSQL enforces it (each role owns only its own database; PUBLIC may connect to none).
--
-- Run by the postgres image on first start (docker-entrypoint-initdb.d, via psql as the
-- superuser), or by hand against a managed server:
--   RTOP_SERVICE_DB_PASSWORD=… psql -v ON_ERROR_STOP=1 -U postgres -f create-databases.sql
-- Each service creates its own schema and tables on start. In production give each role a
-- password of its own afterwards (ALTER ROLE rtop_focal_point PASSWORD …), matching the
-- DATABASE_URL in that service's secret.

\set ON_ERROR_STOP on
-- psql 15+: the password comes from the environment, never from this file. The default is for
-- a local compose run only.
\set service_password 'rtop-local-only'
\getenv service_password RTOP_SERVICE_DB_PASSWORD

-- focal-point
CREATE ROLE rtop_focal_point LOGIN PASSWORD :'service_password';
CREATE DATABASE rtop_focal_point OWNER rtop_focal_point ENCODING 'UTF8' TEMPLATE template0;
REVOKE ALL ON DATABASE rtop_focal_point FROM PUBLIC;

-- secretary-general
CREATE ROLE rtop_secretary_general LOGIN PASSWORD :'service_password';
CREATE DATABASE rtop_secretary_general OWNER rtop_secretary_general ENCODING 'UTF8' TEMPLATE template0;
REVOKE ALL ON DATABASE rtop_secretary_general FROM PUBLIC;

-- security-council
CREATE ROLE rtop_security_council LOGIN PASSWORD :'service_password';
CREATE DATABASE rtop_security_council OWNER rtop_security_council ENCODING 'UTF8' TEMPLATE template0;
REVOKE ALL ON DATABASE rtop_security_council FROM PUBLIC;

-- general-assembly
CREATE ROLE rtop_general_assembly LOGIN PASSWORD :'service_password';
CREATE DATABASE rtop_general_assembly OWNER rtop_general_assembly ENCODING 'UTF8' TEMPLATE template0;
REVOKE ALL ON DATABASE rtop_general_assembly FROM PUBLIC;

-- regional-bodies
CREATE ROLE rtop_regional_bodies LOGIN PASSWORD :'service_password';
CREATE DATABASE rtop_regional_bodies OWNER rtop_regional_bodies ENCODING 'UTF8' TEMPLATE template0;
REVOKE ALL ON DATABASE rtop_regional_bodies FROM PUBLIC;

-- member-states
CREATE ROLE rtop_member_states LOGIN PASSWORD :'service_password';
CREATE DATABASE rtop_member_states OWNER rtop_member_states ENCODING 'UTF8' TEMPLATE template0;
REVOKE ALL ON DATABASE rtop_member_states FROM PUBLIC;

-- other-organs
CREATE ROLE rtop_other_organs LOGIN PASSWORD :'service_password';
CREATE DATABASE rtop_other_organs OWNER rtop_other_organs ENCODING 'UTF8' TEMPLATE template0;
REVOKE ALL ON DATABASE rtop_other_organs FROM PUBLIC;

-- accountability
CREATE ROLE rtop_accountability LOGIN PASSWORD :'service_password';
CREATE DATABASE rtop_accountability OWNER rtop_accountability ENCODING 'UTF8' TEMPLATE template0;
REVOKE ALL ON DATABASE rtop_accountability FROM PUBLIC;

-- subscription-gateway
CREATE ROLE rtop_subscription_gateway LOGIN PASSWORD :'service_password';
CREATE DATABASE rtop_subscription_gateway OWNER rtop_subscription_gateway ENCODING 'UTF8' TEMPLATE template0;
REVOKE ALL ON DATABASE rtop_subscription_gateway FROM PUBLIC;
