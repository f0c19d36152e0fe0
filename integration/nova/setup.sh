#!/bin/bash
# Install Debian bookworm's OpenStack Zed packages and configure a private, loopback-only
# Nova (+ placement, glance, rabbitmq, optional keystone) under $NOVA_DEV_DIR.
# Idempotent: re-running rewrites configs; databases are only created when absent.
# RESET=1 ./setup.sh wipes $NOVA_DEV_DIR first (services must be stopped).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
. "$HERE/env.sh"
export DEBIAN_FRONTEND=noninteractive

command -v dpkg-query >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1 \
  || die "this needs a Debian system with apt-get (tested on Debian 12 bookworm, whose packages are Nova 26)"
. /etc/os-release 2>/dev/null || true
[ "${VERSION_CODENAME:-}" = bookworm ] \
  || echo "WARNING: tested on Debian bookworm only; this is ${PRETTY_NAME:-an unknown system}" >&2

t0=$(date +%s)
# ---------------------------------------------------------------- packages
PKGS="nova-api nova-conductor nova-scheduler python3-nova placement-api glance-api rabbitmq-server uwsgi-core uwsgi-plugin-python3 curl jq sqlite3 procps"
[ "$WITH_KEYSTONE" = 1 ] && PKGS="$PKGS keystone"
# NB: the Debian 'nova-compute' package is NOT installed: it drags in libvirt/qemu
# (nova-compute-kvm). python3-nova already contains nova.cmd.compute + the fake driver.
missing=""
for p in $PKGS; do
  [ "$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null)" = "install ok installed" ] || missing="$missing $p"
done
if [ -n "$missing" ] && [ "$(id -u)" -ne 0 ]; then
  die "missing packages:$missing; run this as root (it installs them with apt-get) or install them first"
fi
# no systemd here; make sure postinst scripts never start services
if [ -n "$missing" ] && { [ ! -x /usr/sbin/policy-rc.d ] || ! grep -q 'exit 101' /usr/sbin/policy-rc.d; }; then
  printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d; chmod 755 /usr/sbin/policy-rc.d
fi
if [ -n "$missing" ]; then
  echo "installing:$missing"
  [ -n "$(find /var/lib/apt/lists -name '*Packages*' 2>/dev/null | head -1)" ] || apt-get update -q
  ta=$(date +%s)
  # An old package list can name versions the mirror no longer has: update once and retry.
  apt-get install -y -q --no-install-recommends $PKGS || { apt-get update -q && apt-get install -y -q --no-install-recommends $PKGS; } \
    || die "apt-get install failed"
  echo "apt-get install took $(( $(date +%s) - ta )) s"
fi

# ---------------------------------------------------------------- layout
if [ "${RESET:-0}" = 1 ] && [ -d "$NOVA_DEV_DIR" ]; then
  [ -s "$PIDFILE" ] && die "stop the services first: $PIDFILE is not empty (run stop.sh)"
  rm -rf "$NOVA_DEV_DIR"
fi
mkdir -p "$ETC"/{nova,nova-keystone,placement,glance,keystone} "$LOG" "$NOVA_DEV_DIR"/{state,instances,lock,images,rabbitmq/mnesia,rabbitmq/log}
D="$NOVA_DEV_DIR"

# ---------------------------------------------------------------- rabbitmq
echo '[].' > "$D/rabbitmq/enabled_plugins"
cat > "$D/rabbitmq/rabbitmq.conf" <<EOF
listeners.tcp.default = 127.0.0.1:$RABBIT_PORT
loopback_users.guest = true
log.file.level = warning
EOF
: > "$D/rabbitmq/rabbitmq-env.conf"
if [ ! -f "$D/rabbitmq/.erlang.cookie" ]; then
  head -c 20 /dev/urandom | od -An -tx1 | tr -d ' \n' > "$D/rabbitmq/.erlang.cookie"
  chmod 400 "$D/rabbitmq/.erlang.cookie"
fi

# ---------------------------------------------------------------- placement
cat > "$ETC/placement/placement.conf" <<EOF
[DEFAULT]
debug = false
[api]
auth_strategy = noauth2
[placement_database]
connection = sqlite:///$D/placement.sqlite
EOF

# ---------------------------------------------------------------- glance (no keystone: unauthenticated-context pipeline)
cp /etc/glance/glance-api-paste.ini "$ETC/glance/glance-api-paste.ini"
cat > "$ETC/glance/glance-api.conf" <<EOF
[DEFAULT]
bind_host = 127.0.0.1
bind_port = $GLANCE_PORT
workers = 1
enabled_backends = fs:file
[database]
connection = sqlite:///$D/glance.sqlite
[glance_store]
default_backend = fs
[fs]
filesystem_store_datadir = $D/images
[os_glance_staging_store]
filesystem_store_datadir = $D/images/staging
[os_glance_tasks_store]
filesystem_store_datadir = $D/images/tasks
[paste_deploy]
flavor =
config_file = $ETC/glance/glance-api-paste.ini
[oslo_concurrency]
lock_path = $D/lock
[oslo_policy]
enforce_new_defaults = false
enforce_scope = false
EOF

# ---------------------------------------------------------------- nova (noauth2)
NOVA_COMMON="[DEFAULT]
host = fake-compute
my_ip = 127.0.0.1
state_path = $D/state
instances_path = $D/instances
transport_url = rabbit://guest:guest@127.0.0.1:$RABBIT_PORT/
compute_driver = fake.FakeDriver
enabled_apis = osapi_compute
osapi_compute_listen = 127.0.0.1
osapi_compute_listen_port = @PORT@
# two API processes, so that concurrent listings are served in parallel (NOTES.md)
osapi_compute_workers = 2
heal_instance_info_cache_interval = -1
# the fake driver keeps "VMs" in memory only; without this a restarted nova-compute
# would start "syncing" power states of the DB instances
sync_power_state_interval = -1
# one compute host: a resize must be allowed to stay on it, or the scheduler finds no host
# (ServerLifecycleIT resizes; devstack sets the same on a single node)
allow_resize_to_same_host = true
rootwrap_config = /etc/nova/rootwrap.conf
debug = false
[quota]
# defaults (10 instances, 20 cores, 50 GiB RAM) are too small for the seed
instances = 1000
cores = -1
ram = -1
[conductor]
workers = 1
[scheduler]
workers = 1
discover_hosts_in_cells_interval = -1
[glance]
api_servers = http://127.0.0.1:$GLANCE_PORT
[neutron]
# fake_neutron.py (see README): nova-api needs *some* Neutron to list servers
endpoint_override = http://127.0.0.1:$NEUTRON_PORT
auth_type = admin_token
token = admin
endpoint = http://127.0.0.1:$NEUTRON_PORT
[placement]
auth_type = admin_token
token = admin
endpoint = http://127.0.0.1:$PLACEMENT_PORT
[oslo_concurrency]
lock_path = $D/lock
[keystone]
# PUT /os-quota-sets/{project} asks Keystone whether the project exists; noauth2 has no service
# catalog, so without this it answers 400 (Nova was unable to find Keystone service endpoint).
# Nothing listens on port 9: the check cannot connect, and Nova then lets it pass
# (nova/api/openstack/identity.py), as ServerLifecycleIT's quota test needs.
endpoint_override = http://127.0.0.1:9/v3
[oslo_messaging_notifications]
driver = noop
[wsgi]
api_paste_config = $ETC/nova/api-paste.ini
[oslo_policy]
enforce_new_defaults = false
enforce_scope = false
"
# noauth2 pipeline: add a tiny filter that puts X-Auth-Token into the context (see noauth_token_filter.py)
mkdir -p "$D/pylib"; cp "$HERE/noauth_token_filter.py" "$HERE/sqlite_begin_immediate.py" "$D/pylib/"
sed -e 's/ noauth2 osapi_compute_app_v21$/ noauth2 noauthtoken osapi_compute_app_v21/' \
    -e 's/ noauth2 legacy_v2_compatible osapi_compute_app_v21$/ noauth2 noauthtoken legacy_v2_compatible osapi_compute_app_v21/' \
    /etc/nova/api-paste.ini > "$ETC/nova/api-paste.ini"
printf '\n[filter:noauthtoken]\npaste.filter_factory = noauth_token_filter:filter_factory\n' >> "$ETC/nova/api-paste.ini"
cp /etc/nova/api-paste.ini "$ETC/nova-keystone/api-paste.ini"
NOVA_DB="[api_database]
connection = sqlite:///$D/nova_api.sqlite
[database]
connection = sqlite:///$D/nova_cell1.sqlite
"
# nova-compute gets no DB sections (it must use the conductor; with them it logs
# "No DB access allowed in nova-compute" tracebacks on startup)
printf '%s\n' "${NOVA_COMMON//@PORT@/$NOVA_PORT}" > "$ETC/nova/nova-compute.conf"
NOVA_COMMON="$NOVA_COMMON$NOVA_DB"
printf '%s\n[api]\nauth_strategy = noauth2\n' "${NOVA_COMMON//@PORT@/$NOVA_PORT}" > "$ETC/nova/nova.conf"
printf '%s\n[api]\nauth_strategy = keystone\n[keystone_authtoken]\nwww_authenticate_uri = http://127.0.0.1:%s/v3\nauth_url = http://127.0.0.1:%s/v3\nauth_type = password\nusername = nova\npassword = %s\nproject_name = service\nuser_domain_name = Default\nproject_domain_name = Default\nservice_token_roles_required = true\n# no token cache: a revoked token is refused at once (the tests revoke a token the SDK holds)\ntoken_cache_time = -1\n' \
  "${NOVA_COMMON//@PORT@/$NOVA_KS_PORT}" "$KEYSTONE_PORT" "$KEYSTONE_PORT" "$NOVA_SERVICE_PASSWORD" > "$ETC/nova-keystone/nova.conf"
sed -i "s#^\(api_paste_config = \).*#\1$ETC/nova-keystone/api-paste.ini#" "$ETC/nova-keystone/nova.conf"

# ---------------------------------------------------------------- keystone
if [ "$WITH_KEYSTONE" = 1 ]; then
  mkdir -p "$D/keystone/fernet-keys" "$D/keystone/credential-keys"
  cat > "$ETC/keystone/keystone.conf" <<EOF
[DEFAULT]
log_file = $LOG/keystone-app.log
[database]
connection = sqlite:///$D/keystone.sqlite
[fernet_tokens]
key_repository = $D/keystone/fernet-keys
[fernet_receipts]
key_repository = $D/keystone/fernet-keys
[credential]
key_repository = $D/keystone/credential-keys
[token]
provider = fernet
[cache]
enabled = false
EOF
fi

# ---------------------------------------------------------------- databases (only when absent)
N="nova-manage --config-file $ETC/nova/nova.conf"
if [ ! -f "$D/nova_api.sqlite" ]; then
  $N api_db sync
  $N cell_v2 map_cell0 --database_connection "sqlite:///$D/nova_cell0.sqlite"
  $N cell_v2 create_cell --name cell1 --verbose
  $N db sync
  $N cell_v2 list_cells
fi
[ -f "$D/placement.sqlite" ] || placement-manage --config-file "$ETC/placement/placement.conf" db sync
[ -f "$D/glance.sqlite" ] || glance-manage --config-file "$ETC/glance/glance-api.conf" db_sync >/dev/null 2>&1
if [ "$WITH_KEYSTONE" = 1 ] && [ ! -f "$D/keystone.sqlite" ]; then
  K="keystone-manage --config-file $ETC/keystone/keystone.conf"
  $K db_sync
  $K fernet_setup --keystone-user root --keystone-group root
  $K credential_setup --keystone-user root --keystone-group root
  $K bootstrap --bootstrap-password "$ADMIN_PASSWORD" \
     --bootstrap-admin-url "http://127.0.0.1:$KEYSTONE_PORT/v3/" \
     --bootstrap-internal-url "http://127.0.0.1:$KEYSTONE_PORT/v3/" \
     --bootstrap-public-url "http://127.0.0.1:$KEYSTONE_PORT/v3/" \
     --bootstrap-region-id RegionOne
fi
# WAL journal: several processes share the sqlite files; without it keystone (nested sessions)
# and nova hit "database is locked" (5 s busy timeout, then HTTP 500)
for db in "$D"/*.sqlite; do sqlite3 "$db" 'PRAGMA journal_mode=WAL;' >/dev/null || echo "WAL not set on $db (in use?)"; done
echo "setup done in $(( $(date +%s) - t0 )) s; state in $NOVA_DEV_DIR"
