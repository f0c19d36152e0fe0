package io.github.stacksdk.compute.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class BodyTextTest {

  @Test
  void fromHtml_entities_decoded() {
    assertThat(
            BodyText.fromHtml(
                "<p>a&amp;b &lt;c&gt; &quot;d&quot; &#39;e&#x27; f&nbsp;g &hellip;</p>"))
        .isEqualTo("a&b <c> \"d\" 'e' f g \u2026");
  }

  @Test
  void fromHtml_unknownOrUnterminatedEntities_keptLiterally() {
    assertThat(BodyText.fromHtml("<b>AT&T &bogus; &amp &#xZZ; &#0; &#xD800;</b>"))
        .isEqualTo("AT&T &bogus; &amp &#xZZ; \ufffd \ufffd");
  }

  @Test
  void fromHtml_hiddenElementsCommentsAndDeclarations_removed() {
    String html =
        "<?xml version=\"1.0\"?><!DOCTYPE html><html><head><title>T</title><script>var x ="
            + " \"</p>\"; if (a<b) {}</script><STYLE>p{}</STYLE></head><body><noscript>enable"
            + " JS</noscript><!-- a > b -->Visible<template>t</template></body></html>";

    assertThat(BodyText.fromHtml(html)).isEqualTo("Visible");
  }

  @Test
  void fromHtml_quotedGreaterThanInAttribute_staysInTheTag() {
    assertThat(BodyText.fromHtml("<a title=\"x > y\" href='>'>link</a> text"))
        .isEqualTo("link text");
  }

  @Test
  void fromHtml_lessThanNotStartingATag_kept() {
    assertThat(BodyText.fromHtml("<p>1 < 2 and 3 <= 4</p>")).isEqualTo("1 < 2 and 3 <= 4");
  }

  @Test
  void fromHtml_truncatedDocument_keepsTextBeforeTheCut() {
    assertThat(BodyText.fromHtml("<h1>Bad Gateway</h1><p class=\"ex")).isEqualTo("Bad Gateway");
    assertThat(BodyText.fromHtml("<h1>Oops</h1><script>alert(1)")).isEqualTo("Oops");
    assertThat(BodyText.fromHtml("<h1>Oops</h1><!-- never closed")).isEqualTo("Oops");
  }

  @Test
  void fromHtml_onlyTitle_titleText() {
    assertThat(
            BodyText.fromHtml("<html><head><title>Service &amp; Unavailable</title></head></html>"))
        .isEqualTo("Service & Unavailable");
  }

  @Test
  void collapse_whitespaceControlAndSpaceCharacters_singleSpaces() {
    assertThat(BodyText.collapse("\ufeff a\t\r\nb\u0000c\u00a0\u2003d \u0085 "))
        .isEqualTo("a b c d");
  }

  @Test
  void looksBinary_compressedOrRandomBytes_yesTextWithAFewOddCharacters_no() {
    assertThat(
            BodyText.looksBinary(
                "\u001f\ufffd\b\u0000\u0000\u0000\u0000\u0003\ufffdV\ufffd\ufffd/\ufffd"))
        .isTrue();
    assertThat(BodyText.looksBinary("Instance could not be found. caf\ufffd")).isFalse();
    assertThat(BodyText.looksBinary("tab\tand\r\nnewlines\n")).isFalse();
    assertThat(BodyText.looksBinary("\ufffd\ufffd")).as("too short to tell").isFalse();
    assertThat(BodyText.looksBinary("")).isFalse();
  }

  @Test
  void truncate_longText_cutWithEllipsisWithinTheLimit() {
    assertThat(BodyText.truncate("abcdef", 6)).isEqualTo("abcdef");
    assertThat(BodyText.truncate("abcdefg", 6)).isEqualTo("abcde\u2026");
    assertThat(BodyText.truncate("abc   defg", 6)).isEqualTo("abc\u2026");
  }

  @Test
  void truncate_surrogatePairAtTheCut_notSplit() {
    String text = "abcd\ud83d\ude00xyz";

    assertThat(BodyText.truncate(text, 6)).isEqualTo("abcd\u2026");
  }
}
