package org.iepdr.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style shared by every generated value type of the library.
 *
 * <p>Generated classes are public ({@code ImmutableX}), use JDK collections only (no Guava), keep
 * insertion order of collections and print redacted attributes as {@code <redacted>}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    jdkOnly = true,
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    redactedMask = "<redacted>",
    defaults = @Value.Immutable(copy = true),
    depluralize = true,
    allParameters = false)
public @interface IepdrStyle {}
