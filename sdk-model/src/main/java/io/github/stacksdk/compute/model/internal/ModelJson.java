package io.github.stacksdk.compute.model.internal;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The one place where the SDK's Jackson configuration lives; the client and the tests use the
 * mapper and the factory made here, never one of their own.
 */
public final class ModelJson {
  /**
   * The streaming factory alone: the readers need no more, and a client that only lists servers
   * then never sets up databind (a good part of its cold start).
   */
  private static final JsonFactory FACTORY = newFactory();

  private ModelJson() {}

  /** Made on first use. */
  private static final class Mapper {
    static final ObjectMapper MAPPER = newMapper();
  }

  /** The shared, fully configured mapper. Thread-safe; do not reconfigure it. */
  public static ObjectMapper mapper() {
    return Mapper.MAPPER;
  }

  /**
   * The shared streaming factory, with the mapper's parser settings (a parse error never echoes
   * the input) but no codec: its parsers read tokens, not trees or bound values (for a tree,
   * {@code mapper().readTree(parser)}). Thread-safe; do not reconfigure it.
   */
  public static JsonFactory factory() {
    return FACTORY;
  }

  /**
   * A new mapper with the SDK's settings: unknown fields never fail a parse, a JSON null
   * collection is empty, and a parse error never echoes the input it came from.
   */
  public static ObjectMapper newMapper() {
    return JsonMapper.builder(newFactory())
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .defaultSetterInfo(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY))
        .build();
  }

  /**
   * A new streaming factory with the SDK's parser settings, the streaming factory's and every
   * mapper's alike: a parse error never echoes the input it came from. (A mapper takes its factory
   * for its own, so each gets a new one.)
   */
  private static JsonFactory newFactory() {
    return JsonFactory.builder().disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION).build();
  }
}
