package io.github.stacksdk.compute.exception;

/**
 * The cloud does not offer Rackspace's {@code os-virtual-interfacesv2} extension: upstream Nova
 * answers 404, 410 (Rocky and later) or 400 ("not supported by this cloud"). Upstream Nova lists
 * a server's ports with {@code GET /servers/{id}/os-interface}, which {@code
 * ComputeClient.listInterfaceAttachments(serverId)} calls.
 */
public class VirtualInterfacesUnsupportedException extends ComputeServiceException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception from the error the cloud answered with.
   *
   * @param error the cloud's error
   */
  public VirtualInterfacesUnsupportedException(ServiceError error) {
    super(error);
  }

  /**
   * Says that the extension is missing, what the cloud answered, and what to use instead.
   *
   * @return the message
   */
  @Override
  public String getMessage() {
    return "This cloud does not offer Rackspace's os-virtual-interfacesv2 extension: "
        + super.getMessage()
        + ". On upstream Nova use listInterfaceAttachments(serverId), GET /servers/{id}/os-interface.";
  }
}
