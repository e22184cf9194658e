/**
 * An example of a custom rule module: one school district's own IEP-meeting procedure (an unpublished
 * internal procedure, cited as "a district's IEP meeting procedure, example local policy") layered over the Missouri rules and plugged in through
 * {@link java.util.ServiceLoader}, the way a vendor or a district would ship its own policy.
 *
 * <p>The module answers for its own jurisdiction code, {@value
 * org.iepdr.examples.district.ExampleDistrictModule#CODE}, a user-assigned ISO 3166 code that no state
 * will ever have, and inherits {@code "MO"}: a case is evaluated under the district's procedure only when
 * its {@code state} says {@code XM}; every Missouri case ({@code MO}) is untouched. The rules are local
 * policy, not law: they report warnings and advisories, never violations.
 */
@NullMarked
package org.iepdr.examples.district;

import org.jspecify.annotations.NullMarked;
