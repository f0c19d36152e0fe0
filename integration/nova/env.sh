# Shared settings for setup.sh, start.sh, seed.sh, stop.sh and run-suite.sh (sourced, not run).
# Everything listens on 127.0.0.1 only; all state lives under NOVA_DEV_DIR.
: "${NOVA_DEV_DIR:=/var/tmp/stacksdk-nova}"   # all state: configs, sqlite DBs, logs, pids
: "${NOVA_PORT:=8774}"                       # nova-api, auth_strategy=noauth2
: "${NOVA_KS_PORT:=8775}"                    # second nova-api on the same DBs, auth_strategy=keystone
: "${PLACEMENT_PORT:=8778}"
: "${GLANCE_PORT:=9292}"
: "${NEUTRON_PORT:=9696}"                    # fake_neutron.py (empty-list stub)
: "${KEYSTONE_PORT:=5000}"
: "${RABBIT_PORT:=5672}"
: "${EPMD_PORT:=4369}"
: "${RABBIT_DIST_PORT:=25672}"
: "${WITH_KEYSTONE:=1}"                      # 0 = skip keystone + the keystone-authenticated nova-api
: "${ADMIN_PASSWORD:=admin}"
: "${NOVA_SERVICE_PASSWORD:=nova}"
export NOVA_DEV_DIR NEUTRON_PORT NOVA_PORT NOVA_KS_PORT PLACEMENT_PORT GLANCE_PORT KEYSTONE_PORT RABBIT_PORT EPMD_PORT RABBIT_DIST_PORT WITH_KEYSTONE

ETC="$NOVA_DEV_DIR/etc"
LOG="$NOVA_DEV_DIR/log"
PIDFILE="$NOVA_DEV_DIR/pids"
PY=/usr/bin/python3                          # Debian's python (not a pyenv shim)

# RabbitMQ/epmd: private node, loopback only, private cookie (HOME)
rabbit_env() {
  export HOME="$NOVA_DEV_DIR/rabbitmq"
  export RABBITMQ_NODENAME=rabbit@localhost
  export RABBITMQ_NODE_IP_ADDRESS=127.0.0.1
  export RABBITMQ_NODE_PORT="$RABBIT_PORT"
  export RABBITMQ_DIST_PORT="$RABBIT_DIST_PORT"
  export RABBITMQ_MNESIA_BASE="$NOVA_DEV_DIR/rabbitmq/mnesia"
  export RABBITMQ_LOG_BASE="$NOVA_DEV_DIR/rabbitmq/log"
  export RABBITMQ_PID_FILE="$NOVA_DEV_DIR/rabbitmq/rabbit.pid"
  export RABBITMQ_ENABLED_PLUGINS_FILE="$NOVA_DEV_DIR/rabbitmq/enabled_plugins"
  export RABBITMQ_CONFIG_FILE="$NOVA_DEV_DIR/rabbitmq/rabbitmq"   # .conf appended
  export RABBITMQ_CONF_ENV_FILE="$NOVA_DEV_DIR/rabbitmq/rabbitmq-env.conf"
  export RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"
  export RABBITMQ_CTL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"
  export ERL_EPMD_ADDRESS=127.0.0.1
  export ERL_EPMD_PORT="$EPMD_PORT"
}

die() { echo "ERROR: $*" >&2; exit 1; }
