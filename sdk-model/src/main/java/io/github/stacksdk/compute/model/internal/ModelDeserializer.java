package io.github.stacksdk.compute.model.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;

/** Lets Jackson read a model with the model's streaming reader. */
abstract class ModelDeserializer<T> extends StdDeserializer<T> {
  private static final long serialVersionUID = 1L;

  private final transient JsonReading.ValueReader<T> reader;

  ModelDeserializer(Class<T> type, JsonReading.ValueReader<T> reader) {
    super(type);
    this.reader = reader;
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext context) throws IOException {
    T value = reader.read(p);
    if (value == null) {
      throw JsonReading.mismatch(p, handledType().getSimpleName(), "an object");
    }
    return value;
  }
}
