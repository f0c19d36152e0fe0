package io.github.stacksdk.compute.internal.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Bounds how many bytes of a response body are read, counted after decompression: a hostile or
 * broken server cannot make the client inflate a gzip bomb or parse a gigabyte of whitespace. A
 * read past the bound throws {@link TooLarge}, which is not a connection failure and is never
 * retried.
 */
public final class BodyLimit {
  private BodyLimit() {}

  /** Thrown by a bounded stream once more than its bound has been read. */
  public static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    private final long limit;

    TooLarge(long limit) {
      super("the body is longer than the " + limit + " bytes read at most");
      this.limit = limit;
    }

    /** The bound that was passed, in bytes. */
    public long limit() {
      return limit;
    }
  }

  /** {@code in}, failing with {@link TooLarge} when asked for more than {@code maxBytes}. */
  public static Capped cap(InputStream in, long maxBytes) {
    return new Capped(in, maxBytes);
  }

  /** A bounded stream, which counts what it read. */
  public static final class Capped extends FilterInputStream {
    private final long max;
    private long read;

    Capped(InputStream in, long max) {
      super(in);
      this.max = max;
    }

    /** The bytes read so far. */
    public long bytesRead() {
      return read;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      // Ask for at most one byte past the bound: reading it proves the body is too long.
      int n = super.read(buffer, offset, (int) Math.min(length, max - read + 1));
      if (n > 0) {
        count(n);
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(Math.min(n, max - read + 1));
      if (skipped > 0) {
        count(skipped);
      }
      return skipped;
    }

    private void count(long n) throws TooLarge {
      read += n;
      if (read > max) {
        throw new TooLarge(max);
      }
    }

    @Override
    public boolean markSupported() {
      return false;
    }
  }
}
