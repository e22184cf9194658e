package org.iepdr.core.rules;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apiguardian.api.API;
import org.iepdr.core.InvalidInputException;
import org.iepdr.core.message.MessageCatalog;
import org.iepdr.core.model.CaseEvent;
import org.iepdr.core.model.RequestKind;
import org.immutables.value.Value;

/**
 * What a rule is: its stable id, a title, the kind of finding it reports, its citations with the
 * quoted sentences, the period it is in force, and the counting convention it uses.
 *
 * <p>The rule catalogue ({@code iepdr rules}) is generated from these descriptors.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
@API(status = MAINTAINED, since = "0.2.0")
@Value.Immutable
public abstract class RuleDescriptor {

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link RuleDescriptor}: set the attributes, then call {@code build()}, which throws an
   * {@link IllegalStateException} naming every required attribute not set.
   *
   * <p>A builder is not thread-safe: use it on one thread and do not keep it.
   */
  public static final class Builder extends ImmutableRuleDescriptor.Builder {
    Builder() {}

    /**
     * Declares the types of events without which the rule has nothing to check (see
     * {@link RuleDescriptor#reads()}).
     *
     * @param types the event types, e.g. {@code Meeting.class}
     * @return this builder
     */
    @SafeVarargs
    public final Builder reads(Class<? extends CaseEvent>... types) {
      Objects.requireNonNull(types, "types");
      addAllReads(Arrays.asList(types));
      return this;
    }

    /**
     * Declares the kinds of requests without which the rule has nothing to check (see
     * {@link RuleDescriptor#readsRequests()}).
     *
     * @param kinds the request kinds
     * @return this builder
     */
    public final Builder readsRequests(RequestKind... kinds) {
      Objects.requireNonNull(kinds, "kinds");
      addAllReadsRequests(Arrays.asList(kinds));
      return this;
    }
  }

  /**
   * Returns the rule's stable id.
   *
   * @return the id
   */
  public abstract RuleId id();

  /**
   * Returns a one-line title saying what the rule checks.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * Returns the kind of finding the rule reports when it is broken.
   *
   * @return the kind
   */
  public abstract FindingKind kind();

  /**
   * Returns the sources of the rule, the primary one first; at least one.
   *
   * @return the citations
   */
  public abstract List<Citation> citations();

  /**
   * Returns the period the rule is in force. Defaults to always.
   *
   * @return the period
   */
  @Value.Default
  public EffectivePeriod inForce() {
    return EffectivePeriod.always();
  }

  /**
   * Returns the catalog the rule's findings and deadlines are rendered from: core's catalog unless
   * the rule's module sets its own (see {@link MessageCatalog}). Not part of the rule's identity.
   *
   * @return the catalog
   */
  @Value.Default
  @Value.Auxiliary
  public MessageCatalog messages() {
    return MessageCatalog.core();
  }

  /**
   * Returns how the rule counts days, in words (e.g. "15 calendar days; the day of receipt is day
   * 0; no roll-forward"). Defaults to the library's convention.
   *
   * @return the counting convention
   */
  @Value.Default
  public String counting() {
    return "no day count";
  }

  /**
   * Returns the ids of inherited rules this rule replaces (a state's exception to a federal default).
   * A rule with the same id as an inherited one replaces it without being listed here.
   *
   * @return the replaced ids
   */
  public abstract Set<RuleId> replaces();

  /**
   * Returns the types of events without which the rule has nothing to check: with {@link #readsRequests()},
   * what the engine needs to skip the rule on a case that cannot concern it. The rule runs when the
   * case knows (on the as-of date) at least one event of one of these types, or a request of one of
   * the kinds of {@link #readsRequests()}; on any other case it is skipped, and its trace entry is the
   * one of a run that found and noted nothing. A rule that declares neither (the default) runs on
   * every case, and so must every rule that reports, or notes, something about a case without such
   * events (an absence). Not part of the rule's identity.
   *
   * @return the event types; empty when not declared
   */
  @Value.Auxiliary
  public abstract Set<Class<? extends CaseEvent>> reads();

  /**
   * Returns the kinds of requests without which the rule has nothing to check (see {@link #reads()}).
   * Not part of the rule's identity.
   *
   * @return the request kinds; empty when not declared
   */
  @Value.Auxiliary
  public abstract Set<RequestKind> readsRequests();

  /**
   * Returns whether the rule reports or notes something about a case that lacks the events it checks
   * (an absence: "no notice is recorded in the school year"), and so declares that it runs on every
   * case: such a rule declares no {@link #reads()} nor {@link #readsRequests()}, and the engine never
   * skips it. A rule that declares neither this nor what it reads runs on every case too; this says
   * that it does so on purpose (the shipped rules either declare what they read or this). Not part
   * of the rule's identity.
   *
   * @return true when the rule runs on every case because it reports an absence; default false
   */
  @Value.Default
  @Value.Auxiliary
  public boolean reportsAbsence() {
    return false;
  }

  /**
   * Returns whether the rule declares what it reads, so that the engine may skip it on a case that
   * has none of it ({@link #reads()}).
   *
   * @return true when {@link #reads()} or {@link #readsRequests()} is not empty
   */
  public final boolean skippable() {
    return !reads().isEmpty() || !readsRequests().isEmpty();
  }

  /** The keys of the rule's findings, deadlines and phrases, built once each (see {@link #key}). */
  private final ConcurrentHashMap<String, String> keys = new ConcurrentHashMap<>(8);

  /**
   * Returns the key of a finding, deadline or phrase of this rule: the rule's id, a dot and the part;
   * the same string each time for the same part, so that an evaluation does not build it again.
   */
  final String key(String part) {
    OwnKeys own = ownKeys;
    String[] parts = own.parts;
    for (int i = 0; i < parts.length; i++) {
      if (parts[i] == part) {
        return own.keys[i];
      }
    }
    for (int i = 0; i < parts.length; i++) {
      if (parts[i].equals(part)) {
        return own.keys[i];
      }
    }
    String k = keys.get(part);
    if (k == null) {
      k = id() + "." + part;
      String had = keys.putIfAbsent(part, k);
      if (had != null) {
        k = had;
      }
    }
    if (parts.length < OwnKeys.MOST) {
      remember(part, k);
    }
    return k;
  }

  /** Adds a part and its key to {@link #ownKeys} (a new pair of arrays: readers see the old or the new). */
  private synchronized void remember(String part, String key) {
    OwnKeys own = ownKeys;
    for (String p : own.parts) {
      if (p.equals(part)) {
        return;
      }
    }
    int n = own.parts.length;
    String[] parts = Arrays.copyOf(own.parts, n + 1);
    String[] keys = Arrays.copyOf(own.keys, n + 1);
    parts[n] = part;
    keys[n] = key;
    ownKeys = new OwnKeys(parts, keys);
  }

  /**
   * The first parts a rule asks {@link #key(String)} for and their keys, side by side, read without a map:
   * the parts are mostly string constants, compared first by identity.
   */
  private static final class OwnKeys {
    /** How many parts are kept here; any further part is read from the map only. */
    static final int MOST = 16;
    static final OwnKeys NONE = new OwnKeys(new String[0], new String[0]);

    final String[] parts;
    final String[] keys;

    OwnKeys(String[] parts, String[] keys) {
      this.parts = parts;
      this.keys = keys;
    }
  }

  /** The rule's own keys read first by {@link #key(String)}; replaced whole, never changed in place. */
  private volatile OwnKeys ownKeys = OwnKeys.NONE;

  /** The keys this rule words under other rules' ids, by owner, built once each (see {@link #key(RuleId, String)}). */
  private final ConcurrentHashMap<RuleId, ConcurrentHashMap<String, String>> ownersKeys = new ConcurrentHashMap<>(4);

  /**
   * Returns the key of a finding, deadline or phrase this rule words under another rule's id: the owner's
   * id, a dot and the part, the same string each time.
   */
  final String key(RuleId owner, String part) {
    ConcurrentHashMap<String, String> ofOwner = ownersKeys.get(owner);
    if (ofOwner == null) {
      ConcurrentHashMap<String, String> made = new ConcurrentHashMap<>(4);
      ConcurrentHashMap<String, String> had = ownersKeys.putIfAbsent(owner, made);
      ofOwner = had != null ? had : made;
    }
    String k = ofOwner.get(part);
    if (k == null) {
      k = owner + "." + part;
      ofOwner.putIfAbsent(part, k);
    }
    return k;
  }

  /**
   * Returns the primary citation.
   *
   * @return the first citation
   */
  public final Citation citation() {
    return citations().get(0);
  }

  @Value.Check
  void check() {
    if (citations().isEmpty()) {
      throw new InvalidInputException("rule " + id() + ".citations", "empty", "at least one citation with a quote");
    }
    if (reportsAbsence() && skippable()) {
      throw new InvalidInputException("rule " + id() + ".reportsAbsence", "true",
          "false when the rule declares the events it reads (a rule that reports an absence runs on every case)");
    }
    List<Class<?>> eventTypes = Arrays.asList(CaseEvent.class.getPermittedSubclasses());
    for (Class<? extends CaseEvent> type : reads()) {
      if (!eventTypes.contains(type)) {
        throw new InvalidInputException("rule " + id() + ".reads", type.getName(),
            "one of the event types " + eventTypes.stream().map(Class::getSimpleName).toList());
      }
    }
  }
}
