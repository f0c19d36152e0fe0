package io.github.stacksdk.compute.testing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.stacksdk.compute.model.Server;
import java.util.List;
import java.util.Set;
import mockwebserver3.MockResponse;
import org.jspecify.annotations.Nullable;

/**
 * {@code GET /servers/{id}/os-volume_attachments[/{volume_id}]} ({@code volumes.py}
 * VolumeAttachmentController): cut by {@code limit} and {@code offset}; {@code tag} from 2.70,
 * {@code delete_on_termination} from 2.79, {@code attachment_id} and {@code bdm_uuid} instead of
 * {@code id} from 2.89.
 */
final class VolumeAttachmentResources {
  private final VolumeAttachments attachments;
  private final ServerLookup servers;

  VolumeAttachmentResources(VolumeAttachments attachments, ServerLookup servers) {
    this.attachments = attachments;
    this.servers = servers;
  }

  MockResponse.Builder answer(ComputeRequest r, String serverId, @Nullable String volumeId) {
    r.requireGet();
    return volumeId == null ? list(r, serverId) : show(r, serverId, volumeId);
  }

  private MockResponse.Builder list(ComputeRequest r, String serverId) {
    QuerySchema.nonNegativeInteger(r.query, "limit");
    QuerySchema.nonNegativeInteger(r.query, "offset");
    QueryParams q = QuerySchema.known(r.query, Set.of("limit", "offset"), r.atLeast(75));
    Server s = servers.visible(serverId, r.caller).server;
    r.caller.requireReader("os_compute_api:os-volumes-attachments:index", servers.tenantOf(s));
    List<VolumeAttachments.Attachment> all = attachments.of(s);
    // common.limited: a limit of 0 (or none) is max_limit.
    int limit = count(q.last("limit"));
    limit = limit == 0 ? Paging.MAX_LIMIT : Math.min(limit, Paging.MAX_LIMIT);
    int offset = count(q.last("offset"));
    ObjectNode body = Responses.object();
    ArrayNode list = body.putArray("volumeAttachments");
    for (int i = offset; i < all.size() && i - offset < limit; i++) {
      list.add(view(r, all.get(i)));
    }
    return Responses.json(200, body);
  }

  private static int count(@Nullable String value) {
    if (value == null) {
      return 0;
    }
    String digits = value.replaceFirst("^0+(?=.)", "");
    return digits.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(digits);
  }

  private MockResponse.Builder show(ComputeRequest r, String serverId, String volumeId) {
    Server s = servers.visible(serverId, r.caller).server;
    r.caller.requireReader("os_compute_api:os-volumes-attachments:show", servers.tenantOf(s));
    for (VolumeAttachments.Attachment a : attachments.of(s)) {
      if (a.volumeId.equals(volumeId)) {
        ObjectNode body = Responses.object();
        body.set("volumeAttachment", view(r, a));
        return Responses.json(200, body);
      }
    }
    throw NovaFault.notFound("Instance " + serverId + " is not attached to volume " + volumeId);
  }

  /** {@code _translate_attachment_detail_view}. */
  private static ObjectNode view(ComputeRequest r, VolumeAttachments.Attachment a) {
    ObjectNode out = Responses.object();
    if (!r.atLeast(89)) {
      out.put("id", a.volumeId);
    }
    out.put("volumeId", a.volumeId).put("serverId", a.serverId);
    if (a.device != null) {
      out.put("device", a.device);
    }
    if (r.atLeast(70)) {
      out.putNull("tag");
    }
    if (r.atLeast(79)) {
      out.put("delete_on_termination", a.deleteOnTermination);
    }
    if (r.atLeast(89)) {
      out.put("attachment_id", a.attachmentId).put("bdm_uuid", a.bdmUuid);
    }
    return out;
  }
}
