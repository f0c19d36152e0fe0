package io.github.stacksdk.compute.exception;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables settings of the values in this package, the same as the model module's {@code
 * ModelStyle}: the generated {@code ImmutableX} classes are package-private, {@code build()}
 * returns the public interface, and there are no {@code withX} copies (use {@code toBuilder()}).
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    depluralize = true,
    redactedMask = "****",
    defaults = @Value.Immutable(copy = false))
@interface ExceptionStyle {}
