#!/bin/bash
# Start rabbitmq, (keystone), placement, glance, nova-api (noauth2 and, optionally, keystone),
# nova-conductor, nova-scheduler, nova-compute (fake driver) as background processes on
# 127.0.0.1. PIDs go to $NOVA_DEV_DIR/pids ("name pid" lines); stop.sh kills exactly those.
# Waits until the compute API answers and the fake compute host is mapped into cell1.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
. "$HERE/env.sh"
[ -f "$NOVA_DEV_DIR/nova_api.sqlite" ] || die "run setup.sh first (no databases under $NOVA_DEV_DIR)"
[ -s "$PIDFILE" ] && die "already started? $PIDFILE is not empty (run stop.sh)"
PORTS="$EPMD_PORT $RABBIT_PORT $PLACEMENT_PORT $NEUTRON_PORT $GLANCE_PORT $NOVA_PORT"
[ "$WITH_KEYSTONE" = 1 ] && PORTS="$PORTS $KEYSTONE_PORT $NOVA_KS_PORT"
for port in $PORTS; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    die "127.0.0.1:$port is already in use by another process; free it or change the port in env.sh"
  fi
done
mkdir -p "$LOG"
# Whatever fails from here on, stop what was started: no service outlives a failed start.
trap 'rc=$?; if [ $rc -ne 0 ]; then echo "start failed (exit $rc); stopping what was started" >&2; bash "$HERE/stop.sh" >&2; fi' EXIT
T0=$(date +%s%N)
el() { local ms=$(( ($(date +%s%N) - T0) / 1000000 )); printf '%4d.%01ds' $((ms / 1000)) $((ms % 1000 / 100)); }

launch() {  # launch NAME CMD...   (stdout+stderr -> $LOG/NAME.log)
  local name=$1; shift
  [ -f "$LOG/$name.log" ] && mv -f "$LOG/$name.log" "$LOG/$name.log.prev"
  nohup "$@" > "$LOG/$name.log" 2>&1 < /dev/null &
  echo "$name $!" >> "$PIDFILE"
  echo "$(el) started $name (pid $!)"
}
wait_tcp() {  # wait_tcp PORT TIMEOUT NAME
  local i
  for ((i=0; i<$2*5; i++)); do
    if (exec 3<>/dev/tcp/127.0.0.1/$1) 2>/dev/null; then echo "$(el) $3 listening on 127.0.0.1:$1"; return 0; fi
    sleep 0.2
  done
  echo "$(el) TIMEOUT waiting for $3 on port $1; last log lines:" >&2; tail -40 "$LOG/$3.log" >&2; return 1
}
wait_http() {  # wait_http URL TIMEOUT NAME [extra curl args]
  local url=$1 t=$2 name=$3 i; shift 3
  for ((i=0; i<t*5; i++)); do
    if curl -s -o /dev/null -m 2 "$@" "$url"; then echo "$(el) $name answers $url"; return 0; fi
    sleep 0.2
  done
  echo "$(el) TIMEOUT waiting for $name ($url); last log lines:" >&2; tail -40 "$LOG/$name.log" >&2; return 1
}
UWSGI_COMMON=(--plugins python3 --master --processes 1 --threads 1 --enable-threads --lazy-apps
              --die-on-term --no-orphans --buffer-size 65535 --thunder-lock --need-app
              --add-header "Connection: close")  # like devstack: no keep-alive surprises for python-requests clients

# ---- rabbitmq (own epmd first, so that its PID is ours too)
rabbit_env
launch epmd /usr/bin/epmd -address 127.0.0.1 -port "$EPMD_PORT"
wait_tcp "$EPMD_PORT" 10 epmd
launch rabbitmq /usr/lib/rabbitmq/bin/rabbitmq-server
# ---- placement + glance do not need rabbit: start them while it boots
launch placement uwsgi "${UWSGI_COMMON[@]}" --http-socket "127.0.0.1:$PLACEMENT_PORT" \
  --wsgi-file /usr/bin/placement-api --env "OS_PLACEMENT_CONFIG_DIR=$ETC/placement"
launch fake-neutron /usr/bin/python3 "$HERE/fake_neutron.py" "$NEUTRON_PORT"
launch glance /usr/bin/glance-api --config-file "$ETC/glance/glance-api.conf"
if [ "$WITH_KEYSTONE" = 1 ]; then
  launch keystone uwsgi "${UWSGI_COMMON[@]}" --http-socket "127.0.0.1:$KEYSTONE_PORT" \
    --wsgi-file /usr/bin/keystone-wsgi-public --env "OS_KEYSTONE_CONFIG_DIR=$ETC/keystone"
fi
wait_tcp "$RABBIT_PORT" 60 rabbitmq

# ---- nova
NOVA_PY=(/usr/bin/python3 -c 'import sys; from nova.cmd.compute import main; sys.exit(main())')
# The services with a database run as their /usr/bin scripts do, plus sqlite_begin_immediate.py
# (writer transactions take SQLite's write lock first; see NOTES.md), imported after nova.cmd,
# which applies eventlet's monkey patching.
nova_main() { echo "import sys; from nova.cmd.$1 import main; import sqlite_begin_immediate; sys.exit(main())"; }
export PYTHONPATH="$NOVA_DEV_DIR/pylib"
launch nova-conductor /usr/bin/python3 -c "$(nova_main conductor)" --config-file "$ETC/nova/nova.conf"
launch nova-scheduler /usr/bin/python3 -c "$(nova_main scheduler)" --config-file "$ETC/nova/nova.conf"
# nova-api: the eventlet server (/usr/bin/nova-api), NOT uwsgi + nova-api-wsgi: under uwsgi the
# RPC cast to the conductor after POST /servers was not delivered reliably (servers stuck in BUILD)
launch nova-api /usr/bin/python3 -c "$(nova_main api)" --config-file "$ETC/nova/nova.conf"
wait_http "http://127.0.0.1:$PLACEMENT_PORT/" 60 placement
launch nova-compute "${NOVA_PY[@]}" --config-file "$ETC/nova/nova-compute.conf"
wait_http "http://127.0.0.1:$GLANCE_PORT/versions" 60 glance
wait_http "http://127.0.0.1:$NOVA_PORT/v2.1/" 90 nova-api
echo "$(el) COMPUTE API UP (noauth2) at http://127.0.0.1:$NOVA_PORT/v2.1"

# ---- wait for the fake compute host to report in, then map it into cell1
H=(-H 'X-Auth-Token: admin:admin')
for ((i=0; i<300; i++)); do
  n=$(curl -s "${H[@]}" "http://127.0.0.1:$NOVA_PORT/v2.1/os-services?binary=nova-compute" | jq '[.services[]|select(.state=="up")]|length' 2>/dev/null || echo 0)
  [ "${n:-0}" -ge 1 ] && break; sleep 0.2
done
if [ "${n:-0}" -lt 1 ]; then
  echo "$(el) nova-compute did not report in; last log lines:" >&2; tail -40 "$LOG/nova-compute.log" >&2; exit 1
fi
echo "$(el) nova-compute is up ($n)"
nova-manage --config-file "$ETC/nova/nova.conf" cell_v2 discover_hosts 2>/dev/null | grep -v '^Modules with' || true
for ((i=0; i<300; i++)); do
  n=$(curl -s "${H[@]}" "http://127.0.0.1:$NOVA_PORT/v2.1/os-hypervisors/detail" | jq '[.hypervisors[]|select(.state=="up")]|length' 2>/dev/null || echo 0)
  [ "${n:-0}" -ge 1 ] && break; sleep 0.2
done
[ "${n:-0}" -ge 1 ] || { echo "$(el) no hypervisor came up" >&2; tail -40 "$LOG/nova-compute.log" >&2; exit 1; }
echo "$(el) hypervisors up: $n"

# ---- keystone + keystone-authenticated nova-api (same databases)
if [ "$WITH_KEYSTONE" = 1 ]; then
  wait_http "http://127.0.0.1:$KEYSTONE_PORT/v3" 60 keystone
  if [ ! -f "$NOVA_DEV_DIR/keystone/.nova-user" ] || [ ! -f "$NOVA_DEV_DIR/keystone/.compute-endpoint" ]; then
    # service project + "nova" service user with admin role, and the compute service in the catalog
    # (plain REST: the openstack CLI needs ~2.5 s a call)
    K="http://127.0.0.1:$KEYSTONE_PORT/v3"
    TOK=$(curl -sf -D - -o /dev/null -H 'Content-Type: application/json' -X POST "$K/auth/tokens" -d '{"auth":{"identity":{"methods":["password"],"password":{"user":{"name":"admin","domain":{"name":"Default"},"password":"'"$ADMIN_PASSWORD"'"}}},"scope":{"project":{"name":"admin","domain":{"name":"Default"}}}}}' | tr -d '\r' | awk -F': ' 'tolower($1)=="x-subject-token"{print $2}')
    KH=(-H "X-Auth-Token: $TOK" -H 'Content-Type: application/json')
    PID_=$(curl -sf "${KH[@]}" "$K/projects?name=service" | jq -r '.projects[0].id // empty')
    [ -n "$PID_" ] || PID_=$(curl -sf "${KH[@]}" -X POST "$K/projects" -d '{"project":{"name":"service","domain_id":"default"}}' | jq -r .project.id)
    UID_=$(curl -sf "${KH[@]}" "$K/users?name=nova" | jq -r '.users[0].id // empty')
    [ -n "$UID_" ] || UID_=$(curl -sf "${KH[@]}" -X POST "$K/users" -d '{"user":{"name":"nova","domain_id":"default","password":"'"$NOVA_SERVICE_PASSWORD"'"}}' | jq -r .user.id)
    RID_=$(curl -sf "${KH[@]}" "$K/roles?name=admin" | jq -r '.roles[0].id')
    curl -sf "${KH[@]}" -X PUT "$K/projects/$PID_/users/$UID_/roles/$RID_" >/dev/null
    touch "$NOVA_DEV_DIR/keystone/.nova-user"
    # the compute service of the catalog: the Keystone-authenticated nova-api, public and internal
    SID_=$(curl -sf "${KH[@]}" "$K/services?type=compute" | jq -r '.services[0].id // empty')
    [ -n "$SID_" ] || SID_=$(curl -sf "${KH[@]}" -X POST "$K/services" -d '{"service":{"type":"compute","name":"nova","enabled":true}}' | jq -r .service.id)
    for iface in public internal; do
      if [ "$(curl -sf "${KH[@]}" "$K/endpoints?service_id=$SID_&interface=$iface" | jq '.endpoints|length')" = 0 ]; then
        curl -sf "${KH[@]}" -X POST "$K/endpoints" \
          -d '{"endpoint":{"service_id":"'"$SID_"'","interface":"'"$iface"'","region_id":"RegionOne","url":"http://127.0.0.1:'"$NOVA_KS_PORT"'/v2.1"}}' >/dev/null
      fi
    done
    touch "$NOVA_DEV_DIR/keystone/.compute-endpoint"
    echo "$(el) keystone: service project, nova user and compute endpoints created"
  fi
  launch nova-api-keystone /usr/bin/python3 -c "$(nova_main api)" --config-file "$ETC/nova-keystone/nova.conf"
  wait_http "http://127.0.0.1:$NOVA_KS_PORT/v2.1/" 90 nova-api-keystone
  echo "$(el) COMPUTE API UP (keystone) at http://127.0.0.1:$NOVA_KS_PORT/v2.1"
fi
echo "$(el) all started; pids in $PIDFILE"
