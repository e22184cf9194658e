package org.iepdr.json.casefile;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.iepdr.core.model.Case;

/**
 * A case read from a case file, with the file's optional as-of date and time zone.
 *
 * @param aCase the case
 * @param asOf the date the file asks to be evaluated as of ({@code "asOf"}), if given
 * @param zone the zone the file's local date-times are in ({@code "zone"}), if given
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record CaseFile(Case aCase, Optional<LocalDate> asOf, Optional<ZoneId> zone) {

  /**
   * Creates the record.
   *
   * @param aCase the case
   * @param asOf the as-of date
   * @param zone the zone
   */
  public CaseFile {
    Objects.requireNonNull(aCase, "aCase");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(zone, "zone");
  }
}
