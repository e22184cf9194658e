package org.iepdr.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.function.Supplier;
import org.iepdr.core.rules.Citation;
import org.iepdr.core.rules.Deadline;
import org.iepdr.core.rules.Evaluation;
import org.iepdr.core.rules.EvaluationOptions;
import org.iepdr.core.rules.Finding;
import org.iepdr.core.rules.Plan;
import org.iepdr.core.rules.RuleDescriptor;
import org.iepdr.core.rules.TraceEntry;
import org.iepdr.core.simulation.ProcessParameters;
import org.iepdr.core.simulation.SimulationParameters;
import org.iepdr.core.simulation.SimulationRun;
import org.junit.jupiter.api.Test;

/**
 * The builders users call are the value types' own nested {@code Builder}s, and the generated
 * implementations stay out of sight; every event builder takes a zoned or a local date-time.
 */
class BuilderApiTest {

  private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

  /** Every value type built with {@code builder()}: the model, the rules' values and the simulation's. */
  private static final List<Class<?>> VALUE_TYPES = List.of(Case.class, Student.class, Party.class,
      Participant.class, Request.class, Receipt.class, Reply.class, Meeting.class, Consent.class, Agreement.class,
      Appointment.class, Decision.class, Extension.class, Withdrawal.class, RecordsShared.class,
      PlacementChange.class, EvidenceOffered.class, Demand.class, CourtProceeding.class, Amendment.class,
      ComplaintIssue.class, Citation.class, Deadline.class, Evaluation.class,
      EvaluationOptions.class, Finding.class, Plan.class, RuleDescriptor.class, TraceEntry.class,
      ProcessParameters.class, SimulationParameters.class, SimulationRun.class);

  @Test
  void everyValueTypesBuilderIsItsOwnPublicNestedBuilderAndTheGeneratedClassIsHidden() throws Exception {
    for (Class<?> type : VALUE_TYPES) {
      Method builder = type.getMethod("builder");
      Class<?> nested = Class.forName(type.getName() + "$Builder");
      assertThat(builder.getReturnType()).as(type.getSimpleName()).isEqualTo(nested);
      assertThat(Modifier.isPublic(nested.getModifiers())).as(type.getSimpleName()).isTrue();
      Class<?> generated = Class.forName(type.getPackageName() + ".Immutable" + type.getSimpleName());
      assertThat(Modifier.isPublic(generated.getModifiers())).as(generated.getName()).isFalse();
      assertThat(Modifier.isPublic(nested.getSuperclass().getModifiers())).as(nested.getSuperclass().getName())
          .isFalse();
      for (Method m : nested.getMethods()) {
        if (m.getDeclaringClass() == Object.class || m.getDeclaringClass() == EventBuilder.class || m.isBridge()) {
          continue; // EventBuilder's methods return its type variable, the builder: tested below
        }
        Class<?> expected = m.getName().equals("build") ? type : nested;
        assertThat(m.getReturnType()).as("%s.Builder.%s", type.getSimpleName(), m.getName()).isEqualTo(expected);
      }
    }
  }

  @Test
  void aCaseBuiltByItsBuilderChainsThroughCaseBuilder() {
    Case.Builder b = Case.builder().id("c-1").student(Student.of("s-1")).district("d").state("mo");
    Case c = b.addParties(Party.of("parent", PartyRole.PARENT)).build();
    assertThat(c.state()).isEqualTo("MO");
    assertThat(Case.builder().from(c).id("c-2").build().parties()).isEqualTo(c.parties());
  }

  @Test
  void anEventAtAZonedDateTimeIsAtItsInstant() {
    ZonedDateTime noon = ZonedDateTime.of(2026, 3, 2, 12, 0, 0, 0, CHICAGO);
    Request r = request().at(noon).build();
    assertThat(r.at()).isEqualTo(Instant.parse("2026-03-02T18:00:00Z"));
    assertThat(Meeting.builder().id("m").kind(MeetingKind.IEP).at(noon.withZoneSameInstant(ZoneOffset.UTC)).build()
        .at()).isEqualTo(r.at());
  }

  @Test
  void anEventAtALocalDateTimeIsReadInTheZoneGiven() {
    LocalDateTime noon = LocalDateTime.of(2026, 3, 2, 12, 0);
    assertThat(request().at(noon, CHICAGO).build().at()).isEqualTo(Instant.parse("2026-03-02T18:00:00Z"));
    assertThat(request().at(noon, ZoneId.of("America/New_York")).build().at())
        .isEqualTo(Instant.parse("2026-03-02T17:00:00Z"));
    assertThat(Receipt.builder().id("r").request("rq").recipient(Recipient.LEA).at(noon, ZoneOffset.UTC).build().at())
        .isEqualTo(Instant.parse("2026-03-02T12:00:00Z"));
  }

  @Test
  void aLocalTimeSkippedOrRepeatedByAClockChangeResolvesAsTheJdkDoes() {
    // 2026-03-08 02:30 does not exist in Chicago (clocks go from 02:00 to 03:00): it moves to 03:30 CDT.
    assertThat(request().at(LocalDateTime.of(2026, 3, 8, 2, 30), CHICAGO).build().at())
        .isEqualTo(Instant.parse("2026-03-08T08:30:00Z"));
    // 2026-11-01 01:30 happens twice in Chicago: the earlier (CDT, UTC-5) is taken.
    assertThat(request().at(LocalDateTime.of(2026, 11, 1, 1, 30), CHICAGO).build().at())
        .isEqualTo(Instant.parse("2026-11-01T06:30:00Z"));
  }

  @Test
  void everyEventBuilderTakesTheThreeFormsOfTime() {
    List<Supplier<? extends EventBuilder<?>>> builders = List.of(Request::builder, Receipt::builder, Reply::builder,
        Meeting::builder, Consent::builder, Agreement::builder, Appointment::builder, Decision::builder,
        Extension::builder, Withdrawal::builder, RecordsShared::builder, PlacementChange::builder,
        EvidenceOffered::builder, Demand::builder, CourtProceeding::builder, Amendment::builder, Notice::builder);
    assertThat(builders).hasSize(CaseEvent.class.getPermittedSubclasses().length);
    LocalDateTime local = LocalDateTime.of(2026, 5, 4, 9, 15);
    for (Supplier<? extends EventBuilder<?>> b : builders) {
      EventBuilder<?> builder = b.get();
      assertThat(builder.at(local, CHICAGO)).isSameAs(builder);
      assertThat(builder.at(local.atZone(CHICAGO))).isSameAs(builder);
      assertThat(builder.at(Instant.EPOCH)).isSameAs(builder);
    }
  }

  @Test
  void aMissingDateTimeOrZoneIsNamed() {
    assertThatThrownBy(() -> request().at((ZonedDateTime) null)).isInstanceOf(NullPointerException.class)
        .hasMessage("at");
    assertThatThrownBy(() -> request().at((LocalDateTime) null, CHICAGO)).isInstanceOf(NullPointerException.class)
        .hasMessage("at");
    assertThatThrownBy(() -> request().at(LocalDateTime.of(2026, 3, 2, 12, 0), null))
        .isInstanceOf(NullPointerException.class).hasMessage("zone");
  }

  private static Request.Builder request() {
    return Request.builder().id("rq").kind(RequestKind.STATE_COMPLAINT).filedBy("parent");
  }
}
