package io.github.stacksdk.compute.model.internal;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The one place where the SDK's Jackson configuration lives; the client and the tests use the
 * mapper made here, never one of their own.
 */
public final class ModelJson {
  private static final ObjectMapper MAPPER = newMapper();

  private ModelJson() {}

  /** The shared, fully configured mapper. Thread-safe; do not reconfigure it. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /**
   * A new mapper with the SDK's settings: unknown fields never fail a parse, a JSON null
   * collection is empty, and a parse error never echoes the input it came from.
   */
  public static ObjectMapper newMapper() {
    return JsonMapper.builder()
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .defaultSetterInfo(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY))
        .build();
  }
}
