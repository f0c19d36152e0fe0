package io.github.stacksdk.compute;

import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** What a {@link ServerWatch} has done so far: a snapshot of its counters. */
public final class ServerWatchStats {
  private final long polls;
  private final long resyncs;
  private final long changes;
  private final long bytes;
  private final long errors;
  private final boolean stale;
  private final @Nullable Instant changesSince;
  private final @Nullable Instant lastSynced;

  ServerWatchStats(
      long polls,
      long resyncs,
      long changes,
      long bytes,
      long errors,
      boolean stale,
      @Nullable Instant changesSince,
      @Nullable Instant lastSynced) {
    this.polls = polls;
    this.resyncs = resyncs;
    this.changes = changes;
    this.bytes = bytes;
    this.errors = errors;
    this.stale = stale;
    this.changesSince = changesSince;
    this.lastSynced = lastSynced;
  }

  /** Polls of {@code changes-since} that succeeded. */
  public long polls() {
    return polls;
  }

  /** Full listings that succeeded, the first one included. */
  public long resyncs() {
    return resyncs;
  }

  /** Changes made to the view (servers added, updated or removed), the first listing's included. */
  public long serversChanged() {
    return changes;
  }

  /** The bytes of the bodies of every answer read, polls and full listings. */
  public long bytesReceived() {
    return bytes;
  }

  /** Polls and full listings that failed after their retries. */
  public long errors() {
    return errors;
  }

  /**
   * True while the view may be behind the cloud: before the first listing, and after a failed
   * poll or listing until the next one succeeds.
   */
  public boolean stale() {
    return stale;
  }

  /** The time of the cloud from which the next poll asks for changes; empty before the first. */
  public Optional<Instant> changesSince() {
    return Optional.ofNullable(changesSince);
  }

  /**
   * When the view was last brought up to date: the end of the last poll or full listing that
   * succeeded, by this machine's clock (unlike {@link #changesSince()}, which is the cloud's). How
   * long ago that was tells how far behind the view may be.
   *
   * @return the time, or empty before the first listing has succeeded
   */
  public Optional<Instant> lastSynced() {
    return Optional.ofNullable(lastSynced);
  }

  @Override
  public String toString() {
    return "ServerWatchStats{polls="
        + polls
        + ", resyncs="
        + resyncs
        + ", serversChanged="
        + changes
        + ", bytesReceived="
        + bytes
        + ", errors="
        + errors
        + ", stale="
        + stale
        + (changesSince != null ? ", changesSince=" + changesSince : "")
        + (lastSynced != null ? ", lastSynced=" + lastSynced : "")
        + "}";
  }
}
