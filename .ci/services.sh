#!/usr/bin/env bash
# Installs and starts what the integration tests drive for real: a PostgreSQL server for the
# postgres provisioner and a headless Chromium for the HTML evidence report. Prints the
# environment the tests read; `.ci/run` evaluates it. Safe to run again.
set -euo pipefail

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  if ! command -v chromium >/dev/null || ! command -v pg_ctlcluster >/dev/null; then
    apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql chromium >&2
  fi
fi

version=$(pg_lsclusters -h | awk 'NR==1 {print $1}')
cluster=$(pg_lsclusters -h | awk 'NR==1 {print $2}')
port=$(pg_lsclusters -h | awk 'NR==1 {print $3}')
pg_ctlcluster "$version" "$cluster" start >&2 2>/dev/null || true
pg_isready -q -h 127.0.0.1 -p "$port"

# A superuser of its own, so tests create and drop their roles without touching others.
su postgres -c "psql -q -p $port -v ON_ERROR_STOP=1" >&2 <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'accessctl_test') THEN
    CREATE ROLE accessctl_test LOGIN SUPERUSER PASSWORD 'accessctl_test';
  END IF;
END \$\$;
SQL

echo "export ACCESSCTL_TEST_POSTGRES_URL=postgres://accessctl_test:accessctl_test@127.0.0.1:$port/postgres"
echo "export ACCESSCTL_TEST_CHROMIUM=$(command -v chromium)"
# Tests that need these services fail instead of skipping.
echo "export ACCESSCTL_REQUIRE_SERVICES=1"
