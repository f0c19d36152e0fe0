package io.github.stacksdk.compute;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/** The Immutables settings of the request values: the model module's settings, core's own copy. */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    depluralize = true,
    depluralizeDictionary = {
      "status:statuses",
      "additionalQueryParameter:additionalQueryParameters",
      "tagsAny:tagsAny",
      "notTags:notTags",
      "notTagsAny:notTagsAny"
    },
    redactedMask = "****",
    defaults = @Value.Immutable(copy = false))
@interface RequestStyle {}
