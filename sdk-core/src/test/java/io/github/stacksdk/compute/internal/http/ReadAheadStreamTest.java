package io.github.stacksdk.compute.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import okio.Buffer;
import okio.Okio;
import okio.Source;
import okio.Timeout;
import org.junit.jupiter.api.Test;

/** {@link ReadAheadStream}: every byte in order, full reads for the parser, a bounded read-ahead. */
final class ReadAheadStreamTest {
  /** Jackson's input buffer. */
  private static final int PARSER_BUFFER = 8000;

  @Test
  void read_socketDeliversInPieces_parserGetsFullReads() throws IOException {
    byte[] body = randomBytes(100_000, 1);
    SocketLike socket = new SocketLike(body, 1_500, 0);

    List<Integer> reads = readAll(new ReadAheadStream(Okio.buffer(socket)), PARSER_BUFFER, null);

    assertThat(reads.subList(0, reads.size() - 1)).allMatch(n -> n == PARSER_BUFFER);
    assertThat(reads.get(reads.size() - 1)).isEqualTo(100_000 % PARSER_BUFFER);
    assertThat(socket.delivered).isEqualTo(body.length);
    // What the parser got before: Okio's own stream hands out whatever one socket read brought.
    List<Integer> plain =
        readAll(Okio.buffer(new SocketLike(body, 1_500, 0)).inputStream(), PARSER_BUFFER, null);
    assertThat(plain).hasSizeGreaterThan(60).contains(1_500);
  }

  @Test
  void read_bytesInOrder_whateverTheReadSizes() throws IOException {
    Random random = new Random(5);
    for (int n = 0; n < 200; n++) {
      byte[] body = randomBytes(random.nextInt(300_000), n);
      SocketLike socket = new SocketLike(body, 1 + random.nextInt(20_000), 0);
      ByteArrayOutputStream out = new ByteArrayOutputStream();

      try (InputStream in = new ReadAheadStream(Okio.buffer(socket))) {
        while (true) {
          int b;
          if (random.nextInt(10) == 0) {
            b = in.read();
            if (b < 0) {
              break;
            }
            out.write(b);
          } else {
            byte[] chunk = new byte[random.nextInt(20_000)];
            b = in.read(chunk, 0, chunk.length);
            if (b < 0) {
              break;
            }
            assertThat(b).isLessThanOrEqualTo(chunk.length);
            out.write(chunk, 0, b);
          }
        }
      }

      assertThat(out.toByteArray()).isEqualTo(body);
      assertThat(socket.closed).isTrue();
    }
  }

  @Test
  void read_largeBody_readAheadBounded() throws IOException {
    byte[] body = randomBytes(4 << 20, 2);
    SocketLike socket = new SocketLike(body, 8_192, 0);
    List<Long> aheadOfParser = new ArrayList<>();

    readAll(new ReadAheadStream(Okio.buffer(socket)), PARSER_BUFFER, aheadOfParser);

    // Parsed as it arrives: never more than a chunk and a segment past what the parser has.
    assertThat(aheadOfParser).allMatch(n -> n <= ReadAheadStream.CHUNK + 8_192);
    assertThat(aheadOfParser).anyMatch(n -> n >= ReadAheadStream.CHUNK - PARSER_BUFFER);
  }

  @Test
  void read_sourceFailsMidBody_failureReachesTheReader() throws IOException {
    byte[] body = randomBytes(50_000, 3);
    SocketLike socket = new SocketLike(body, 4_096, 30_000);
    InputStream in = new ReadAheadStream(Okio.buffer(socket));
    byte[] chunk = new byte[PARSER_BUFFER];

    assertThatThrownBy(
            () -> {
              while (in.read(chunk, 0, chunk.length) >= 0) {
                // read until the failure
              }
            })
        .isInstanceOf(SocketTimeoutException.class)
        .hasMessage("read timed out after 30000 bytes");
  }

  @Test
  void read_emptyBodyAndZeroLength() throws IOException {
    InputStream in = new ReadAheadStream(Okio.buffer(new SocketLike(new byte[0], 10, 0)));

    assertThat(in.read(new byte[10], 0, 0)).isZero();
    assertThat(in.read(new byte[10], 0, 10)).isEqualTo(-1);
    assertThat(in.read()).isEqualTo(-1);
    assertThat(in.available()).isZero();
  }

  /** Reads to the end; records each read's size, and how far the buffer ran ahead of each. */
  private static List<Integer> readAll(InputStream in, int size, List<Long> aheadOfParser)
      throws IOException {
    List<Integer> reads = new ArrayList<>();
    byte[] chunk = new byte[size];
    try (InputStream closing = in) {
      for (int n = closing.read(chunk, 0, size); n >= 0; n = closing.read(chunk, 0, size)) {
        reads.add(n);
        if (aheadOfParser != null) {
          aheadOfParser.add((long) closing.available());
        }
      }
    }
    return reads;
  }

  private static byte[] randomBytes(int size, long seed) {
    byte[] bytes = new byte[size];
    new Random(seed).nextBytes(bytes);
    return bytes;
  }

  /** A socket's body: at most {@code piece} bytes per read; fails once {@code failAt} are read. */
  private static final class SocketLike implements Source {
    private final byte[] body;
    private final int piece;
    private final int failAt;
    int delivered;
    boolean closed;

    SocketLike(byte[] body, int piece, int failAt) {
      this.body = body;
      this.piece = piece;
      this.failAt = failAt;
    }

    @Override
    public long read(Buffer sink, long byteCount) throws IOException {
      if (failAt > 0 && delivered >= failAt) {
        throw new SocketTimeoutException("read timed out after " + delivered + " bytes");
      }
      if (delivered == body.length) {
        return -1;
      }
      int n = (int) Math.min(Math.min(byteCount, piece), body.length - delivered);
      if (failAt > 0) {
        n = Math.min(n, failAt - delivered);
      }
      sink.write(body, delivered, n);
      delivered += n;
      return n;
    }

    @Override
    public Timeout timeout() {
      return Timeout.NONE;
    }

    @Override
    public void close() {
      closed = true;
    }
  }
}
