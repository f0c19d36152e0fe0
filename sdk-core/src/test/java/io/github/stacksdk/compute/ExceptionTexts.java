package io.github.stacksdk.compute;

import java.util.ArrayList;
import java.util.List;

/** Every text an exception carries, to check that none holds a secret. */
public final class ExceptionTexts {
  private ExceptionTexts() {}

  /** Its own and its causes' and suppressed ones' messages and string forms, one per line. */
  public static String of(Throwable thrown) {
    List<String> texts = new ArrayList<>();
    collect(thrown, texts, 0);
    return String.join("\n", texts);
  }

  private static void collect(Throwable t, List<String> texts, int depth) {
    if (t == null || depth > 20) {
      return;
    }
    texts.add(t.toString());
    texts.add(String.valueOf(t.getLocalizedMessage()));
    for (Throwable suppressed : t.getSuppressed()) {
      collect(suppressed, texts, depth + 1);
    }
    collect(t.getCause(), texts, depth + 1);
  }
}
