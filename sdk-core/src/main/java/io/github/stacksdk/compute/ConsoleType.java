package io.github.stacksdk.compute;

/**
 * The type of a remote console ({@code remote_console.type} of {@code POST
 * /servers/{id}/remote-consoles}), each of one {@link #protocol()}: Nova's request schema takes any
 * pair, and its compute service then refuses a type of another protocol with a 400 ({@code Invalid
 * console type ...}); this SDK refuses such a pair before sending it.
 */
public enum ConsoleType {
  /** noVNC, VNC in a browser ({@code novnc}). */
  NOVNC("novnc", ConsoleProtocol.VNC, 6),
  /**
   * The XenServer VNC proxy ({@code xvpvnc}). Nova's schema still accepts it, but no compute
   * service serves it since Nova 21.0.0 (Ussuri) removed the XenAPI driver: a 400 {@code Invalid
   * console type xvpvnc}.
   */
  XVPVNC("xvpvnc", ConsoleProtocol.VNC, 6),
  /** SPICE in a browser ({@code spice-html5}). */
  SPICE_HTML5("spice-html5", ConsoleProtocol.SPICE, 6),
  /**
   * A native SPICE client's connection ({@code spice-direct}), from microversion 2.99 (Nova
   * 31.0.0).
   */
  SPICE_DIRECT("spice-direct", ConsoleProtocol.SPICE, 99),
  /** A serial console over a websocket ({@code serial}). */
  SERIAL("serial", ConsoleProtocol.SERIAL, 6),
  /** RDP in a browser ({@code rdp-html5}); see {@link ConsoleProtocol#RDP}. */
  RDP_HTML5("rdp-html5", ConsoleProtocol.RDP, 6),
  /** VMware's MKS in a browser ({@code webmks}), from microversion 2.8. */
  WEBMKS("webmks", ConsoleProtocol.MKS, 8);

  private final String value;
  private final ConsoleProtocol protocol;
  private final int minimumMinor;

  ConsoleType(String value, ConsoleProtocol protocol, int minimumMinor) {
    this.value = value;
    this.protocol = protocol;
    this.minimumMinor = minimumMinor;
  }

  /**
   * Returns the value sent to Nova.
   *
   * @return such as {@code novnc}
   */
  public String value() {
    return value;
  }

  /**
   * Returns the protocol this type is served over.
   *
   * @return such as {@link ConsoleProtocol#VNC} for {@link #NOVNC}
   */
  public ConsoleProtocol protocol() {
    return protocol;
  }

  /** The minor of the first microversion whose request schema accepts it. */
  int minimumMinor() {
    return minimumMinor;
  }
}
