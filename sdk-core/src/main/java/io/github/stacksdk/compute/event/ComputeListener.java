package io.github.stacksdk.compute.event;

import org.jspecify.annotations.Nullable;

/**
 * Told of each operation of a client, in the spirit of OkHttp's {@code EventListener.Factory}: for
 * each operation it returns the {@link OperationListener} that hears of that operation's attempts,
 * pages and end, and may keep what it needs (a start time, a span) in it.
 *
 * <p>The operations, by {@linkplain OperationInfo#name() name}:
 *
 * <ul>
 *   <li>{@code servers.get}: one server ({@code GET /servers/{id}});
 *   <li>{@code servers.list}: a listing of servers with details, from the first page to the last
 *       (or to its failure or its closing); its pages are operations of their own, {@code
 *       servers.list.page}, whose parent is the listing ({@code listServersPage} is one such
 *       page on its own);
 *   <li>{@code servers.list_summaries}: the id listing ({@code GET /servers}), with its pages
 *       {@code servers.list_summaries.page}; a concurrent listing's id pass is such pages, children
 *       of its {@code servers.list};
 *   <li>{@code servers.watch.list}, {@code servers.watch.poll}, {@code servers.watch.resync}: a
 *       {@link io.github.stacksdk.compute.ServerWatch}'s first listing, its polls of {@code
 *       changes-since} and its resyncs, each a listing with its pages as children;
 *   <li>{@code servers.create}, {@code servers.update}, {@code servers.delete}: {@code POST},
 *       {@code PUT} and {@code DELETE} of a server;
 *   <li>{@code servers.<action>}, one per server action: {@code servers.start}, {@code
 *       servers.stop}, {@code servers.reboot}, {@code servers.pause}, {@code servers.unpause},
 *       {@code servers.suspend}, {@code servers.resume}, {@code servers.lock}, {@code
 *       servers.unlock}, {@code servers.rescue}, {@code servers.unrescue}, {@code servers.resize},
 *       {@code servers.confirm_resize}, {@code servers.revert_resize}, {@code servers.rebuild},
 *       {@code servers.create_image}, {@code servers.shelve}, {@code servers.unshelve}, {@code
 *       servers.force_delete};
 *   <li>{@code servers.metadata.replace}, {@code servers.metadata.set}, {@code
 *       servers.metadata.delete}, {@code servers.tags.replace}, {@code servers.tags.add}, {@code
 *       servers.tags.delete}, {@code servers.tags.delete_all}: a server's metadata and tags;
 *   <li>{@code servers.actions.list}, a server's action history, with its pages {@code
 *       servers.actions.list.page}, and {@code servers.actions.get}, one action with its events;
 *   <li>{@code servers.metadata.list}, {@code servers.metadata.get}, {@code servers.tags.list},
 *       {@code servers.tags.get}: a server's metadata and tags read on their own (an item the
 *       server lacks ends the operation as a success);
 *   <li>{@code servers.volume_attachments.list}, with its pages {@code
 *       servers.volume_attachments.list.page}, and {@code servers.volume_attachments.get}: the
 *       volumes attached to a server;
 *   <li>{@code servers.ips.list}, {@code servers.ips.get}: a server's addresses, by network;
 *   <li>{@code servers.console_output}, the {@code os-getConsoleOutput} action, and {@code
 *       servers.remote_consoles.create}, a remote console's URL;
 *   <li>a {@link io.github.stacksdk.compute.ServerWaiter}'s polls are {@code servers.get} and
 *       {@code servers.list} operations of their own;
 *   <li>{@code flavors.list} and {@code flavors.list_summaries} (with their pages {@code
 *       flavors.list.page} and {@code flavors.list_summaries.page}), {@code flavors.get}, {@code
 *       flavors.extra_specs.list}, {@code flavors.extra_specs.get}, {@code flavors.access.list}:
 *       the flavors; a {@code find} by name is a {@code flavors.get} and a {@code flavors.list};
 *   <li>{@code virtual_interfaces.list}, {@code interface_attachments.list}: a server's virtual
 *       interfaces and its ports;
 *   <li>{@code keypairs.list}, with its pages {@code keypairs.list.page}, and {@code
 *       keypairs.get}: a user's key pairs ({@code GET /os-keypairs}) and one of them; a {@code
 *       find} that Nova answers with a 404 is a {@code keypairs.get} that succeeded;
 *   <li>{@code availability_zones.list}, {@code availability_zones.list_detailed}: the zones
 *       ({@code GET /os-availability-zone}) and, with hosts and services, their {@code detail};
 *   <li>{@code server_groups.list}, with its pages {@code server_groups.list.page}, and {@code
 *       server_groups.get}: a project's server groups ({@code GET /os-server-groups}) and one of
 *       them;
 *   <li>{@code limits.get}: a project's limits and usage ({@code GET /limits}); {@code
 *       quota_sets.get}, {@code quota_sets.detail}, {@code quota_sets.defaults}: a project's
 *       quotas ({@code GET /os-quota-sets/{id}}), with their usage ({@code .../detail}), and the
 *       defaults ({@code .../defaults});
 *   <li>{@code hypervisors.list} and {@code hypervisors.list_summaries} (with their pages {@code
 *       hypervisors.list.page} and {@code hypervisors.list_summaries.page}), {@code
 *       hypervisors.get}, {@code hypervisors.statistics}: the hypervisors ({@code GET
 *       /os-hypervisors/detail}, {@code GET /os-hypervisors}), one of them, and their sums;
 *   <li>{@code services.list}: Nova's services ({@code GET /os-services});
 *   <li>{@code servers.diagnostics}: a server's diagnostics ({@code GET
 *       /servers/{id}/diagnostics});
 *   <li>{@code versions.list}: the version documents, read for microversion negotiation;
 *   <li>{@code identity.token}: a token from Keystone or Rackspace's identity service, asked for
 *       when the client starts and whenever the token is to be renewed.
 * </ul>
 *
 * <p>Every operation that makes requests tells of each attempt ({@link
 * OperationListener#attemptStarted}, {@link OperationListener#attemptEnded}, with the status, the
 * fault name, the request id, the duration, the bytes read and the retry decision with its wait);
 * a listing tells of each page it yields ({@link OperationListener#pageReceived}); every operation
 * that started ends once ({@link OperationListener#operationEnded}), except a listing whose caller
 * neither reads it to its end nor closes it: it never ends.
 *
 * <p>Nothing a listener is told holds a token, a password or a header value, other than the
 * request id and the microversion. A listener is called on the threads that do the work: the
 * caller's, OkHttp's, a watch's; it must be thread-safe and quick. A listener that throws does not
 * break the call: the exception is logged (at WARN the first time, then at DEBUG), and the
 * listener is told of later events as usual; one whose {@code operationStarted} throws hears
 * nothing more of that operation.
 */
@FunctionalInterface
public interface ComputeListener {

  /**
   * An operation starts, on the thread that starts it: the caller's for a call and for the first
   * page of a listing (also of an asynchronous call, so that a thread-bound context can be read
   * here), the listing's for its pages.
   *
   * @param operation what starts
   * @param parent what this listener returned for the operation this one is part of (a listing
   *     for its pages, a watch's poll for its listing), or null for an operation of its own
   * @return what hears of this operation's attempts, pages and end; {@link OperationListener#NONE}
   *     to hear nothing of it
   */
  OperationListener operationStarted(OperationInfo operation, @Nullable OperationListener parent);
}
