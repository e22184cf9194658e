package org.iepdr.core.rules;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.iepdr.core.model.Consent;

/**
 * Consents indexed once so that asking which of them are in effect at an instant ({@link
 * Consent#inEffectAt}) costs the logarithm of their number, not their number: a rule that asks for every
 * one of many acts stays n log n (issue 13, "Nothing grows faster than its input").
 *
 * <p>The consents are kept in the order given, which must be timeline order (given-at ascending, as
 * {@link RuleContext#events} returns them); "first" and "last" below are in that order. The consents given
 * at or before an instant are then a prefix, and each of them is in effect exactly when its revocation
 * (if any) is after the instant.
 */
@API(status = MAINTAINED, since = "0.2.0")
public final class ConsentsInEffect {

  private final List<Consent> consents;
  private final Instant[] given;
  /** A segment tree over the ends (the revocation, or {@link Instant#MAX}): the latest end below each node. */
  private final Instant[] maxEnd;
  /** The same tree: the earliest end below each node. */
  private final Instant[] minEnd;
  private final int size;

  /**
   * Indexes consents.
   *
   * @param timelineOrdered the consents, in timeline order
   * @throws IllegalArgumentException if they are not ordered by the instant given
   */
  public ConsentsInEffect(List<Consent> timelineOrdered) {
    Objects.requireNonNull(timelineOrdered, "timelineOrdered");
    this.consents = List.copyOf(timelineOrdered);
    int n = consents.size();
    given = new Instant[n];
    int s = 1;
    while (s < n) {
      s *= 2;
    }
    size = s;
    maxEnd = new Instant[2 * s];
    minEnd = new Instant[2 * s];
    for (int i = 0; i < n; i++) {
      Consent c = consents.get(i);
      given[i] = c.at();
      if (i > 0 && given[i].isBefore(given[i - 1])) {
        throw new IllegalArgumentException("the consents are not in timeline order at index " + i);
      }
      Instant end = c.revokedAt().orElse(Instant.MAX);
      maxEnd[s + i] = end;
      minEnd[s + i] = end;
    }
    for (int i = s + n; i < 2 * s; i++) {
      maxEnd[i] = Instant.MIN;
      minEnd[i] = Instant.MAX;
    }
    for (int i = s - 1; i >= 1; i--) {
      maxEnd[i] = later(maxEnd[2 * i], maxEnd[2 * i + 1]);
      minEnd[i] = minEnd[2 * i].isBefore(minEnd[2 * i + 1]) ? minEnd[2 * i] : minEnd[2 * i + 1];
    }
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  /** The number of consents given at or before the instant. */
  private int givenBy(Instant t) {
    int lo = 0;
    int hi = given.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (given[mid].isAfter(t)) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  /**
   * Returns the first consent in effect at an instant.
   *
   * @param t the instant
   * @return the consent, or empty
   */
  public Optional<Consent> firstInEffectAt(Instant t) {
    Objects.requireNonNull(t, "t");
    int i = find(1, 0, size, givenBy(t), t, true, true);
    return i < 0 ? Optional.empty() : Optional.of(consents.get(i));
  }

  /**
   * Returns the last consent in effect at an instant.
   *
   * @param t the instant
   * @return the consent, or empty
   */
  public Optional<Consent> lastInEffectAt(Instant t) {
    Objects.requireNonNull(t, "t");
    int i = find(1, 0, size, givenBy(t), t, true, false);
    return i < 0 ? Optional.empty() : Optional.of(consents.get(i));
  }

  /**
   * Returns the last consent given at or before an instant and revoked at or before it (no longer in
   * effect at it).
   *
   * @param t the instant
   * @return the consent, or empty
   */
  public Optional<Consent> lastRevokedBy(Instant t) {
    Objects.requireNonNull(t, "t");
    int i = find(1, 0, size, givenBy(t), t, false, false);
    return i < 0 ? Optional.empty() : Optional.of(consents.get(i));
  }

  /**
   * Returns the first consent given after an instant.
   *
   * @param t the instant
   * @return the consent, or empty
   */
  public Optional<Consent> firstGivenAfter(Instant t) {
    Objects.requireNonNull(t, "t");
    int k = givenBy(t);
    return k < consents.size() ? Optional.of(consents.get(k)) : Optional.empty();
  }

  /**
   * Returns every consent in effect at an instant, in order; the cost is the logarithm of the number of
   * consents for each one returned.
   *
   * @param t the instant
   * @return the consents
   */
  public List<Consent> allInEffectAt(Instant t) {
    Objects.requireNonNull(t, "t");
    List<Consent> out = new ArrayList<>();
    collect(1, 0, size, givenBy(t), t, out);
    return out;
  }

  /**
   * The first (or last) index below {@code limit} in the node's range whose end is after {@code t}
   * ({@code inEffect}) or at or before it (not {@code inEffect}), or -1.
   */
  private int find(int node, int lo, int hi, int limit, Instant t, boolean inEffect, boolean first) {
    if (lo >= limit || !(inEffect ? maxEnd[node].isAfter(t) : !minEnd[node].isAfter(t))) {
      return -1;
    }
    if (hi - lo == 1) {
      return lo;
    }
    int mid = (lo + hi) >>> 1;
    if (first) {
      int i = find(2 * node, lo, mid, limit, t, inEffect, true);
      return i >= 0 ? i : find(2 * node + 1, mid, hi, limit, t, inEffect, true);
    }
    int i = find(2 * node + 1, mid, hi, limit, t, inEffect, false);
    return i >= 0 ? i : find(2 * node, lo, mid, limit, t, inEffect, false);
  }

  private void collect(int node, int lo, int hi, int limit, Instant t, List<Consent> out) {
    if (lo >= limit || !maxEnd[node].isAfter(t)) {
      return;
    }
    if (hi - lo == 1) {
      out.add(consents.get(lo));
      return;
    }
    int mid = (lo + hi) >>> 1;
    collect(2 * node, lo, mid, limit, t, out);
    collect(2 * node + 1, mid, hi, limit, t, out);
  }
}
