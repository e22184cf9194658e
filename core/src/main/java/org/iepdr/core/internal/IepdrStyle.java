package org.iepdr.core.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The one Immutables style shared by every generated value type of the library.
 *
 * <p>Generated classes ({@code ImmutableX}) are package-private and never seen by users: each value
 * type declares a public nested {@code Builder} that extends the generated builder (Immutables'
 * extending-builder pattern), so the builder users call, and every method on it, is part of the
 * documented API; signatures use the abstract type ({@code overshadowImplementation}). Generated
 * code uses JDK collections only (no Guava), keeps insertion order of collections and prints
 * redacted attributes as {@code <redacted>}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    jdkOnly = true,
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    redactedMask = "<redacted>",
    defaults = @Value.Immutable(copy = true),
    depluralize = true,
    allParameters = false)
@API(status = INTERNAL, since = "0.2.0")
public @interface IepdrStyle {}
