/**
 * {@link io.github.stacksdk.compute.testing.FakeCompute}: an in-process fake of the OpenStack
 * Compute (Nova) API and of Keystone's token API, for testing code that uses the SDK (or any other
 * Nova client) without a cloud. {@link io.github.stacksdk.compute.testing.SampleCloud} fills it
 * with a realistic, deterministic set of servers, and {@link
 * io.github.stacksdk.compute.testing.FakeComputeExtension} gives JUnit 5 tests a fresh one each.
 *
 * <p>It answers as Nova 26 (Zed) does, whose responses the tests of this module compare against:
 *
 * <ul>
 *   <li>{@code GET /} and {@code GET /v2.1/}: the version documents, with the configured maximum
 *       microversion.
 *   <li>{@code GET /v2.1/servers}, {@code /v2.1/servers/detail}, {@code /v2.1/servers/{id}}, {@code
 *       …/os-virtual-interfacesv2} (Rackspace's body, from {@link
 *       io.github.stacksdk.compute.testing.FakeCompute#addVirtualInterfaces}), {@code
 *       …/os-virtual-interfaces} (410, as upstream since Rocky) and {@code …/os-interface} (one port
 *       per virtual interface); also as {@code /v2.1/{projectId}/…}. Listings filter, sort and page
 *       like Nova, including the next link of an exactly full page; deleted servers come back from
 *       {@code changes-since} as Nova renders them.
 *   <li>{@code POST /v2.1/servers}, {@code PUT} and {@code DELETE /v2.1/servers/{id}}, {@code
 *       POST …/action} (start, stop, reboot, pause, suspend, lock, rescue, resize, rebuild,
 *       createImage, shelve and their reverses, forceDelete), {@code …/metadata} and {@code
 *       …/tags}: each checked against Nova's schema for the microversion, refused with Nova's
 *       {@code 409} in a state where Nova refuses it or on a locked server, and moving the server
 *       through Nova's statuses and task states on the fake's clock; a create over the quota gets
 *       Nova's {@code 403}.
 *   <li>The reads of the rest of the cloud, with their paging, filters, faults and policy: {@code
 *       GET /v2.1/flavors[/detail|/{id}]} with {@code …/os-extra_specs[/{key}]} and {@code
 *       …/os-flavor-access}; {@code /os-keypairs[/{name}]}; {@code
 *       /os-availability-zone[/detail]}; {@code /os-server-groups[/{id}]}; {@code /limits} and
 *       {@code /os-quota-sets/{project}[/detail|/defaults]}; the admin's {@code /os-services} and
 *       {@code /os-hypervisors[/detail|/{id}]}; and below a server {@code
 *       …/os-instance-actions[/{request_id}]} (recorded for each create, action and delete), {@code
 *       …/ips[/{network}]}, {@code …/os-volume_attachments[/{volume_id}]}, {@code
 *       …/diagnostics}, {@code POST …/remote-consoles} and the {@code os-getConsoleOutput}
 *       action. Seeded with {@link io.github.stacksdk.compute.testing.FakeCompute#addFlavor},
 *       {@code addKeypair}, {@code addServerGroup}, {@code attachVolume} and {@code
 *       consoleOutput}.
 *   <li>Every compute request needs {@code X-Auth-Token: }{@link
 *       io.github.stacksdk.compute.testing.FakeCompute#token()}; otherwise 401 in
 *       keystonemiddleware's shape. The token is an administrator's: admin-only filters work and
 *       every project's servers can be shown; a member's token (from {@code addMemberToken}) gets
 *       what Nova's default policy gives a member.
 *   <li>Microversions from 2.1 to the maximum, through either header; bodies have exactly the keys
 *       of the requested microversion; answers state it in {@code OpenStack-API-Version}.
 *   <li>{@code POST /identity/v3/auth/tokens}: a token and a catalog pointing at {@link
 *       io.github.stacksdk.compute.testing.FakeCompute#endpoint()}.
 *   <li>Every response has a {@code Date} header, to the second, from the fake's clock.
 * </ul>
 */
@NullMarked
package io.github.stacksdk.compute.testing;

import org.jspecify.annotations.NullMarked;
