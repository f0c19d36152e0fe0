#!/bin/bash
# nova-manage db archive_deleted_rows --until-complete on the suite's databases: deleted servers
# leave the instances table (and changes-since, and the markers Nova knows) for the shadow tables.
# Run by DeletedServersIT through NOVA_IT_ARCHIVE (run-suite.sh). Like the services, nova-manage
# writes through sqlite_begin_immediate.py, so that it waits for their writers instead of failing.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
. "$HERE/env.sh"
export PYTHONPATH="$NOVA_DEV_DIR/pylib"
manage() {  # manage OK_CODES ARGS...: nova-manage ARGS, failing on an exit code not in OK_CODES
  local ok=$1 rc=0; shift
  "$PY" -c 'import sys; from nova.cmd.manage import main; import sqlite_begin_immediate; sys.exit(main())' \
    --config-file "$ETC/nova/nova.conf" "$@" || rc=$?
  [[ " $ok " == *" $rc "* ]] || die "nova-manage $* failed (exit $rc)"
}
# Empty the shadow tables first: SQLite reuses the ids of rows archived before (no AUTOINCREMENT),
# so a second archive would insert ids that the shadow tables hold already (UNIQUE constraint
# failed: shadow_instance_id_mappings.id). Exit 0: purged, 3: nothing to purge.
manage "0 3" db purge --all
# Exit 0: nothing to archive, 1: rows archived.
manage "0 1" db archive_deleted_rows --until-complete
