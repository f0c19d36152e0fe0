package io.github.stacksdk.compute.it;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A scenario run once per {@link Cloud}: the real Nova when configured, and our fake. */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedTest(name = "{0}", allowZeroInvocations = true)
@MethodSource("io.github.stacksdk.compute.it.Clouds#clouds")
@interface OnEachCloud {}
