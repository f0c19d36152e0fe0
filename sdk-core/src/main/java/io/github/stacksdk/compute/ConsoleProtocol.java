package io.github.stacksdk.compute;

/**
 * The protocol of a remote console ({@code remote_console.protocol} of {@code POST
 * /servers/{id}/remote-consoles}). Which ones a cloud serves is its operator's choice: Nova answers
 * 400 {@code Unavailable console type ...} for one that is not enabled.
 */
public enum ConsoleProtocol {
  /** VNC ({@code vnc}). */
  VNC("vnc", 6),
  /** SPICE ({@code spice}). */
  SPICE("spice", 6),
  /** A serial console over a websocket ({@code serial}). */
  SERIAL("serial", 6),
  /**
   * RDP ({@code rdp}), for Hyper-V. Nova 29.0.0 (2024.1) removed that driver: from there a request
   * for it fails at any microversion, with a 501 up to Nova 31 and a 400 from Nova 32.
   */
  RDP("rdp", 6),
  /** VMware's MKS ({@code mks}), from microversion 2.8. */
  MKS("mks", 8);

  private final String value;
  private final int minimumMinor;

  ConsoleProtocol(String value, int minimumMinor) {
    this.value = value;
    this.minimumMinor = minimumMinor;
  }

  /**
   * Returns the value sent to Nova.
   *
   * @return such as {@code vnc}
   */
  public String value() {
    return value;
  }

  /** The minor of the first microversion whose request schema accepts it. */
  int minimumMinor() {
    return minimumMinor;
  }
}
