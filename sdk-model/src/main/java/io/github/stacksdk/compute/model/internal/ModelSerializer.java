package io.github.stacksdk.compute.model.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/** Lets Jackson write a model with the model's streaming writer. */
abstract class ModelSerializer<T> extends StdSerializer<T> {
  private static final long serialVersionUID = 1L;

  private final transient JsonWriting.ValueWriter<T> writer;

  ModelSerializer(Class<T> type, JsonWriting.ValueWriter<T> writer) {
    super(type);
    this.writer = writer;
  }

  @Override
  public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
    writer.write(value, g);
  }
}
