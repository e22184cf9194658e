package org.iepdr.core.time;
import java.time.*;
/** STUB replaced by the time branch. */
public final class Hours { private Hours() {}
  public static Instant latestNotice(Instant start, Duration lead) { return start.minus(lead); }
  public static boolean isAtLeastBefore(Instant notice, Instant start, Duration lead) { return !notice.isAfter(start.minus(lead)); }
  public static Duration between(Instant a, Instant b) { return Duration.between(a, b); }
}
