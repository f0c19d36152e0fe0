package io.github.stacksdk.compute.internal.http;

import java.io.IOException;
import java.io.InputStream;
import okio.Buffer;
import okio.BufferedSource;

/**
 * A response body as the {@code InputStream} the JSON parser reads, filled from the socket
 * {@value #CHUNK} bytes ahead. Okio's own {@code byteStream()} hands out what its buffer holds,
 * which alternates an 8,000-byte read of the parser's buffer with the 192 bytes left of Okio's
 * 8,192-byte segment (one socket read's worth, or less): the parser refills twice as often and
 * splits twice as many tokens, and the reading thread goes back to the socket a few KB at a time.
 * Reading ahead in larger steps makes each of the parser's reads a full one and its socket reads
 * back to back. The body is still parsed as it arrives, a chunk at a time; at most one chunk is
 * held beyond the parser's buffer.
 */
public final class ReadAheadStream extends InputStream {
  /** How far ahead of the parser the body is read. */
  static final long CHUNK = 64 * 1024;

  private final BufferedSource source;

  public ReadAheadStream(BufferedSource source) {
    this.source = source;
  }

  @Override
  public int read(byte[] sink, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    Buffer buffer = source.getBuffer();
    if (buffer.size() < length) {
      source.request(CHUNK); // false at the end of the body: what is left is read below
    }
    int count = (int) Math.min(length, buffer.size());
    if (count == 0) {
      return -1;
    }
    // One Buffer.read copies from one segment only; fill the whole request.
    for (int done = 0; done < count; ) {
      done += buffer.read(sink, offset + done, count - done);
    }
    return count;
  }

  @Override
  public int read() throws IOException {
    return source.request(1) ? source.readByte() & 0xff : -1;
  }

  @Override
  public int available() {
    return (int) Math.min(source.getBuffer().size(), Integer.MAX_VALUE);
  }

  @Override
  public void close() throws IOException {
    source.close();
  }
}
