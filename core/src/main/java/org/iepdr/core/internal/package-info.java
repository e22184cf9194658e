/**
 * Internal helpers shared by the library's packages. Not exported: nothing here is API.
 */
@NullMarked
package org.iepdr.core.internal;

import org.jspecify.annotations.NullMarked;
