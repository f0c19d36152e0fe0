/**
 * Marker paging: fetching page after page until Nova has no more, with the guards that keep a
 * misbehaving cloud from looping a listing forever.
 *
 * <p>Not API: this package may change in any release.
 */
@NullMarked
package io.github.stacksdk.compute.internal.paging;

import org.jspecify.annotations.NullMarked;
