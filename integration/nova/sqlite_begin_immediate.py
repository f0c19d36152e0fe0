"""Make oslo.db start Nova's writer transactions on SQLite with BEGIN IMMEDIATE.

oslo.db emits a plain (deferred) BEGIN on SQLite. A deferred transaction reads first and takes
the write lock only at its first UPDATE; in WAL mode, when another process has committed since
that read, SQLite refuses the upgrade at once with "database is locked" (SQLITE_BUSY_SNAPSHOT):
the busy timeout is never consulted, so no timeout setting helps. Nova's writers nearly all read
first (instance_update_and_get_original, action events, compute node updates), and every extra
process writing (a second nova-api worker) makes such a collision likelier.

BEGIN IMMEDIATE takes the write lock before the first read, so a writer waits its turn under the
busy timeout instead of failing. Readers keep the deferred BEGIN: in WAL mode they never block
anyone and are never refused. Imported by start.sh's launchers after nova.cmd (which applies
eventlet's monkey patching) and before any engine exists.
"""

import contextlib
import contextvars

import sqlalchemy
from oslo_db.sqlalchemy import enginefacade

# Per greenthread (greenlet keeps a context per greenlet): the mode of the innermost
# enginefacade transaction, read when its connection begins.
_writer = contextvars.ContextVar("stacksdk_sqlite_writer", default=False)


def _track_mode(original):
    @contextlib.contextmanager
    def wrapper(self, *args, **kwargs):
        token = _writer.set(self.mode is enginefacade._WRITER)
        try:
            with original(self, *args, **kwargs) as resource:
                yield resource
        finally:
            _writer.reset(token)

    return wrapper


enginefacade._TransactionContext._session = _track_mode(
    enginefacade._TransactionContext._session)
enginefacade._TransactionContext._connection = _track_mode(
    enginefacade._TransactionContext._connection)


@sqlalchemy.event.listens_for(sqlalchemy.engine.Engine, "begin")
def _begin(conn):
    # Class-level listeners run before oslo.db's per-engine one, which then sees the marker
    # below and emits nothing.
    if conn.dialect.name != "sqlite" or "in_transaction" in conn.info:
        return
    conn.exec_driver_sql("BEGIN IMMEDIATE" if _writer.get() else "BEGIN")
    conn.info["in_transaction"] = True
