package org.iepdr.core.time;
import java.time.LocalDate;
import java.util.Optional;
/** STUB replaced by the time branch. */
public record DateWindow(LocalDate earliest, LocalDate latest) {
  public static DateWindow of(LocalDate a, LocalDate b) { return new DateWindow(a, b); }
  public boolean contains(LocalDate d) { return !d.isBefore(earliest) && !d.isAfter(latest); }
  public Optional<DateWindow> intersect(DateWindow o) {
    LocalDate e = earliest.isAfter(o.earliest) ? earliest : o.earliest; LocalDate l = latest.isBefore(o.latest) ? latest : o.latest;
    return e.isAfter(l) ? Optional.empty() : Optional.of(new DateWindow(e, l)); }
}
