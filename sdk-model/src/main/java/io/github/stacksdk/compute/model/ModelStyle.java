package io.github.stacksdk.compute.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables settings shared by every model: the generated {@code ImmutableX} classes are
 * package-private, {@code build()} returns the public interface, and there are no {@code withX}
 * copies (use {@code toBuilder()}).
 *
 * <p>This style does not turn on Immutables' Jackson support ({@code @JsonSerialize}): the models'
 * JSON is read and written by the streaming code in {@code model.internal}, which handles Nova's
 * quirks in one pass and needs no Jackson module beyond databind.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    deferCollectionAllocation = true,
    depluralize = true,
    depluralizeDictionary = {
      "additionalProperty:additionalProperties",
      "address:addresses",
      "ipAddress:ipAddresses"
    },
    redactedMask = "****",
    defaults = @Value.Immutable(copy = false))
@interface ModelStyle {}
