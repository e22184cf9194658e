package org.iepdr.core.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The data elements of the IDEA Part B dispute-resolution collection (Section 618), with the codes and
 * labels of the EMAPS-generated state reports, plus two residual lines the collection does not have:
 * {@link #REPORTS_NOT_WITHIN_TIMELINES} and {@link #DECISIONS_NOT_WITHIN_TIMELINES}, the complaints behind
 * the inequalities 1.1(b) + 1.1(c) &lt;= 1.1 and 3.2(a) + 3.2(b) &lt;= 3.2, which are what a state needs to
 * fix.
 *
 * <p>Every count is of complaints or requests (a case may hold several), filed in the reporting year, with
 * the status each has on the status date.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public enum Section618Element {
  /** 1: total written, signed complaints (state complaints, 34 CFR 300.153) filed. */
  COMPLAINTS("1", "Written, signed complaints total", Section.A),
  /** 1.1: complaints with reports issued (the written decision of 34 CFR 300.152(a)(5)). */
  COMPLAINTS_WITH_REPORTS("1.1", "Complaints with reports issued", Section.A),
  /** 1.1(a): reports with findings of noncompliance ({@link org.iepdr.core.model.Decision#findsNoncompliance()}). */
  REPORTS_WITH_NONCOMPLIANCE("1.1.a", "Reports with findings of noncompliance", Section.A),
  /** 1.1(b): reports issued within the 60-day timeline of 34 CFR 300.152(a). */
  REPORTS_WITHIN_TIMELINES("1.1.b", "Reports within timelines", Section.A),
  /** 1.1(c): reports issued after the 60 days but within a valid extension (34 CFR 300.152(b)(1)). */
  REPORTS_WITHIN_EXTENDED_TIMELINES("1.1.c", "Reports within extended timelines", Section.A),
  /** 1.2: complaints pending on the status date. */
  COMPLAINTS_PENDING("1.2", "Complaints pending", Section.A),
  /** 1.2(a): pending complaints with issues set aside for a due process hearing (34 CFR 300.152(c)(1)). */
  COMPLAINTS_PENDING_DUE_PROCESS("1.2.a", "Complaints pending a due process hearing", Section.A),
  /** 1.3: complaints withdrawn or dismissed. */
  COMPLAINTS_WITHDRAWN("1.3", "Complaints withdrawn or dismissed", Section.A),
  /** 2: total mediation requests received, through all dispute-resolution processes. */
  MEDIATION_REQUESTS("2", "Mediation requests total", Section.B),
  /** 2.1: mediations held (34 CFR 300.506). */
  MEDIATIONS_HELD("2.1", "Mediations held", Section.B),
  /** 2.1(a): mediations held related to due process complaints (see {@link MediationRelation}). */
  MEDIATIONS_HELD_DUE_PROCESS("2.1.a", "Mediations held related to due process complaints", Section.B),
  /** 2.1(a)(i): mediation agreements related to due process complaints (34 CFR 300.506(b)(6)). */
  MEDIATION_AGREEMENTS_DUE_PROCESS("2.1.a.i", "Mediation agreements related to due process complaints", Section.B),
  /** 2.1(b): mediations held not related to due process complaints. */
  MEDIATIONS_HELD_NOT_DUE_PROCESS("2.1.b", "Mediations held not related to due process complaints", Section.B),
  /** 2.1(b)(i): mediation agreements not related to due process complaints. */
  MEDIATION_AGREEMENTS_NOT_DUE_PROCESS("2.1.b.i", "Mediation agreements not related to due process complaints",
      Section.B),
  /** 2.2: mediations pending. */
  MEDIATIONS_PENDING("2.2", "Mediations pending", Section.B),
  /** 2.3: mediations withdrawn or not held. */
  MEDIATIONS_WITHDRAWN("2.3", "Mediations withdrawn or not held", Section.B),
  /** 3: total due process complaints filed (34 CFR 300.507), including expedited ones by default. */
  DUE_PROCESS_COMPLAINTS("3", "Due process complaints total", Section.C),
  /** 3.1: resolution meetings (34 CFR 300.510): complaints with a resolution meeting held. */
  RESOLUTION_MEETINGS("3.1", "Resolution meetings", Section.C),
  /** 3.1(a): written settlement agreements reached through resolution meetings (34 CFR 300.510(d)). */
  RESOLUTION_AGREEMENTS("3.1.a", "Written settlement agreements reached through resolution meetings", Section.C),
  /** 3.2: hearings fully adjudicated (a hearing decision issued, 34 CFR 300.515(a)). */
  HEARINGS_ADJUDICATED("3.2", "Hearings fully adjudicated", Section.C),
  /** 3.2(a): decisions within timeline, including expedited (34 CFR 300.515(a), 300.532(c)(3)). */
  DECISIONS_WITHIN_TIMELINE("3.2.a", "Decisions within timeline (include expedited)", Section.C),
  /** 3.2(b): decisions within a timeline properly extended by the hearing officer (34 CFR 300.515(c)). */
  DECISIONS_WITHIN_EXTENDED_TIMELINE("3.2.b", "Decisions within extended timeline", Section.C),
  /** 3.3: due process complaints pending. */
  DUE_PROCESS_PENDING("3.3", "Due process complaints pending", Section.C),
  /** 3.4: due process complaints withdrawn or dismissed, including those resolved without a hearing. */
  DUE_PROCESS_WITHDRAWN("3.4", "Due process complaints withdrawn or dismissed (including resolved without a hearing)",
      Section.C),
  /** 4: total expedited due process complaints filed (34 CFR 300.532). */
  EXPEDITED_COMPLAINTS("4", "Expedited due process complaints total", Section.D),
  /** 4.1: expedited resolution meetings (34 CFR 300.532(c)(3)(i)). */
  EXPEDITED_RESOLUTION_MEETINGS("4.1", "Expedited resolution meetings", Section.D),
  /** 4.1(a): expedited written settlement agreements. */
  EXPEDITED_RESOLUTION_AGREEMENTS("4.1.a", "Expedited written settlement agreements", Section.D),
  /** 4.2: expedited hearings fully adjudicated. */
  EXPEDITED_HEARINGS_ADJUDICATED("4.2", "Expedited hearings fully adjudicated", Section.D),
  /** 4.2(a): change of placement ordered ({@link org.iepdr.core.model.Decision#ordersPlacementChange()}). */
  PLACEMENT_CHANGES_ORDERED("4.2.a", "Change of placement ordered", Section.D),
  /** 4.3: expedited due process complaints pending. */
  EXPEDITED_PENDING("4.3", "Expedited due process complaints pending", Section.D),
  /** 4.4: expedited due process complaints withdrawn or dismissed. */
  EXPEDITED_WITHDRAWN("4.4", "Expedited due process complaints withdrawn or dismissed", Section.D),
  /**
   * Residual, not a federal element: 1.1 - 1.1(b) - 1.1(c), reports issued late (or whose timeline could
   * not be judged: a decision dated before its complaint, a clock the rules did not run).
   */
  REPORTS_NOT_WITHIN_TIMELINES("1.1-late", "Reports not within timelines (residual)", Section.A),
  /**
   * Residual, not a federal element: 3.2 - 3.2(a) - 3.2(b), decisions issued late (or whose timeline
   * could not be judged).
   */
  DECISIONS_NOT_WITHIN_TIMELINES("3.2-late", "Decisions not within timelines (residual)", Section.C);

  /** The sections of the collection. */
  public enum Section {
    /** Section A: written, signed complaints. */
    A("Written, signed complaints"),
    /** Section B: mediation requests. */
    B("Mediation requests"),
    /** Section C: due process complaints. */
    C("Due process complaints"),
    /** Section D: expedited due process complaints. */
    D("Expedited due process complaints");

    private final String title;

    Section(String title) {
      this.title = title;
    }

    /**
     * Returns the section's title.
     *
     * @return the title
     */
    public String title() {
      return title;
    }
  }

  private final String code;
  private final String label;
  private final Section section;

  Section618Element(String code, String label, Section section) {
    this.code = code;
    this.label = label;
    this.section = section;
  }

  /**
   * Returns the element's code, e.g. {@code 1.1.b}; a residual line's is {@code 1.1-late} or {@code 3.2-late}.
   *
   * @return the code
   */
  public String code() {
    return code;
  }

  /**
   * Returns the element's label.
   *
   * @return the label
   */
  public String label() {
    return label;
  }

  /**
   * Returns the element's section.
   *
   * @return the section
   */
  public Section section() {
    return section;
  }

  /**
   * Returns whether this is a residual line rather than an element of the federal collection.
   *
   * @return true for the residual lines
   */
  public boolean residual() {
    return this == REPORTS_NOT_WITHIN_TIMELINES || this == DECISIONS_NOT_WITHIN_TIMELINES;
  }

  /**
   * Returns the element with a code ({@code 3.2.b}; also accepted: {@code 3.2b}, {@code 3.2(b)},
   * {@code 2.1.a.i}, {@code 2.1(a)(i)}), if one has it.
   *
   * @param code the code
   * @return the element, or empty
   */
  public static Optional<Section618Element> byCode(String code) {
    Objects.requireNonNull(code, "code");
    String normal = code.strip().toLowerCase(java.util.Locale.ROOT).replace("(", ".").replace(")", "")
        .replaceAll("(\\d)([a-z])", "$1.$2").replace("..", ".");
    for (Section618Element e : values()) {
      if (e.code.equals(normal)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }
}
