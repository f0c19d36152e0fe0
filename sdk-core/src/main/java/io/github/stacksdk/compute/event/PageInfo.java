package io.github.stacksdk.compute.event;

import java.util.Optional;

/** A page of a listing, as its caller gets it. */
public interface PageInfo {

  /**
   * Which page of the listing this is.
   *
   * @return 1 for the first
   */
  int number();

  /**
   * The page's items (servers, or ids) as the caller gets them: when the listing is read by items,
   * without the servers an earlier page already brought; read by {@code pages()}, as Nova sent
   * them.
   *
   * @return the number of items
   */
  int items();

  /**
   * The bytes of the page's body, after any decompression; for a page of a concurrent listing, the
   * bodies its items came from.
   *
   * @return the bytes read
   */
  long bytesRead();

  /**
   * The request id of the page's answer.
   *
   * @return the request id, or empty
   */
  Optional<String> requestId();
}
