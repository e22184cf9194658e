/**
 * Internal helpers shared by the library's packages. Not exported: nothing here is API.
 */
@ParametersAreNonnullByDefault
package org.iepdr.core.internal;

import javax.annotation.ParametersAreNonnullByDefault;
