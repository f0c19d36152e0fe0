package io.github.stacksdk.compute.model.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables settings of every value type of the SDK, the models here and the requests,
 * settings and errors of the client: the generated {@code ImmutableX} classes are package-private,
 * {@code build()} returns the public type, there are no {@code withX} copies (use {@code
 * toBuilder()}), secrets print as {@code ****}, and builders allocate a collection only when one
 * is set. A type whose plurals are not plain English names them with {@link
 * Value.Style.Depluralize}.
 *
 * <p>It does not turn on Immutables' Jackson support: the models' JSON is read and written by the
 * streaming code of this package.
 *
 * <p>Public only so that the client's module can use it; class-retained, it is not seen at run
 * time.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    deferCollectionAllocation = true,
    depluralize = true,
    optionalAcceptNullable = true,
    redactedMask = "****",
    defaults = @Value.Immutable(copy = false))
public @interface ValueStyle {}
