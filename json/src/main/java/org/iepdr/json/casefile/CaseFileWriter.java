package org.iepdr.json.casefile;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import org.iepdr.core.model.Agreement;
import org.iepdr.core.model.Amendment;
import org.iepdr.core.model.Appointment;
import org.iepdr.core.model.Case;
import org.iepdr.core.model.CaseEvent;
import org.iepdr.core.model.ComplaintIssue;
import org.iepdr.core.model.Consent;
import org.iepdr.core.model.CourtProceeding;
import org.iepdr.core.model.Decision;
import org.iepdr.core.model.Demand;
import org.iepdr.core.model.DocumentSent;
import org.iepdr.core.model.EvidenceOffered;
import org.iepdr.core.model.Extension;
import org.iepdr.core.model.Meeting;
import org.iepdr.core.model.Participant;
import org.iepdr.core.model.ParticipantRole;
import org.iepdr.core.model.ParticipationAttempt;
import org.iepdr.core.model.Party;
import org.iepdr.core.model.Notice;
import org.iepdr.core.model.PlacementChange;
import org.iepdr.core.model.Receipt;
import org.iepdr.core.model.Recipient;
import org.iepdr.core.model.RecordingNotice;
import org.iepdr.core.model.RecordsShared;
import org.iepdr.core.model.Reply;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestForm;
import org.iepdr.core.model.Withdrawal;

/**
 * Writes a {@link Case} as a case file that {@link CaseFileReader} reads back to an equal case.
 *
 * <p>Date-times are written with the offset of a given zone; fields at their default value are left
 * out. The student's name and birth date are never written.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class CaseFileWriter {

  private static final ObjectMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private final ZoneId zone;

  /**
   * Creates a writer.
   *
   * @param zone the zone whose offsets date-times are written with
   */
  public CaseFileWriter(ZoneId zone) {
    this.zone = Objects.requireNonNull(zone, "zone");
  }

  /**
   * Returns a case as a JSON tree.
   *
   * @param aCase the case
   * @param asOf the as-of date to record in the file, if any
   * @return the tree
   */
  public ObjectNode toTree(Case aCase, Optional<LocalDate> asOf) {
    Objects.requireNonNull(aCase, "aCase");
    Objects.requireNonNull(asOf, "asOf");
    ObjectNode root = MAPPER.createObjectNode();
    root.put("id", aCase.id());
    root.put("state", aCase.state());
    root.put("district", aCase.district());
    asOf.ifPresent(d -> root.put("asOf", d.toString()));
    root.putObject("student").put("id", aCase.student().id());
    ArrayNode parties = root.putArray("parties");
    for (Party p : aCase.parties()) {
      ObjectNode o = parties.addObject().put("id", p.id()).put("role", p.role().name());
      p.name().ifPresent(n -> o.put("name", n));
    }
    if (!aCase.participants().isEmpty()) {
      ArrayNode ps = root.putArray("participants");
      for (Participant p : aCase.participants()) {
        ObjectNode o = ps.addObject().put("id", p.id()).put("role", p.role().name());
        p.actsFor().ifPresent(s -> o.put("actsFor", s.name()));
        p.name().ifPresent(n -> o.put("name", n));
        if (p.trainingDays() != 0) {
          o.put("trainingDays", p.trainingDays());
        }
        enums(o, "relationships", p.relationships());
        if (p.onIepTeam() != (p.role() == ParticipantRole.IEP_TEAM_MEMBER)) {
          o.put("onIepTeam", p.onIepTeam());
        }
        if (p.onStateList()) {
          o.put("onStateList", true);
        }
        if (p.hasDecisionAuthority()) {
          o.put("hasDecisionAuthority", true);
        }
      }
    }
    ArrayNode events = root.putArray("events");
    for (CaseEvent e : aCase.events()) {
      event(events.addObject(), e);
    }
    return root;
  }

  /**
   * Returns a case as pretty-printed JSON text.
   *
   * @param aCase the case
   * @param asOf the as-of date to record, if any
   * @return the JSON text
   */
  public String write(Case aCase, Optional<LocalDate> asOf) {
    return MAPPER.writeValueAsString(toTree(aCase, asOf)) + "\n";
  }

  /**
   * Returns a case as one line of JSON (for JSON Lines).
   *
   * @param aCase the case
   * @return the JSON text, without a line break
   */
  public String writeLine(Case aCase) {
    return toTree(aCase, Optional.empty()).toString();
  }

  private String instant(Instant i) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(i.atZone(zone).toOffsetDateTime());
  }

  private void event(ObjectNode o, CaseEvent e) {
    o.put("type", typeOf(e));
    o.put("id", e.id());
    o.put("at", instant(e.at()));
    if (e instanceof Request r) {
      o.put("kind", r.kind().name()).put("filedBy", r.filedBy());
      r.requestedBy().ifPresent(v -> o.put("requestedBy", v));
      if (r.filedWith() != Recipient.STATE_AGENCY) {
        o.put("filedWith", r.filedWith().name());
      }
      if (r.form() != RequestForm.WRITTEN) {
        o.put("form", r.form().name());
      }
      strings(o, "signedBy", r.signedBy());
      enums(o, "contents", r.contents());
      enums(o, "issues", r.issues());
      r.forMeeting().ifPresent(v -> o.put("forMeeting", v));
      r.relatesTo().ifPresent(v -> o.put("relatesTo", v));
      r.allegedViolationDate().ifPresent(v -> o.put("allegedViolationDate", v.toString()));
      r.knewOrShouldHaveKnown().ifPresent(v -> o.put("knewOrShouldHaveKnown", v.toString()));
      r.tollingReason().ifPresent(v -> o.put("tollingReason", v.name()));
      if (!r.complaintIssues().isEmpty()) {
        ArrayNode is = o.putArray("complaintIssues");
        for (ComplaintIssue i : r.complaintIssues()) {
          ObjectNode in = is.addObject().put("id", i.id()).put("summary", i.summary());
          i.kind().ifPresent(v -> in.put("kind", v.name()));
          i.raisedIn().ifPresent(v -> in.put("raisedIn", v));
        }
      }
    } else if (e instanceof Receipt r) {
      o.put("request", r.request()).put("recipient", r.recipient().name());
      if (r.via() != Receipt.Via.DELIVERED) {
        o.put("via", r.via().name());
      }
      r.sentBy().ifPresent(v -> o.put("sentBy", v));
    } else if (e instanceof Reply r) {
      o.put("request", r.request()).put("by", r.by()).put("answer", r.answer().name());
      if (!r.inWriting()) {
        o.put("inWriting", false);
      }
    } else if (e instanceof Meeting m) {
      o.put("kind", m.kind().name());
      if (m.status() != Meeting.Status.HELD) {
        o.put("status", m.status().name());
      }
      m.request().ifPresent(v -> o.put("request", v));
      strings(o, "attendees", m.attendees());
      m.noticeWaivedBy().ifPresent(v -> o.put("noticeWaivedBy", v));
      if (!m.documents().isEmpty()) {
        ArrayNode docs = o.putArray("documents");
        for (DocumentSent d : m.documents()) {
          ObjectNode dn = docs.addObject().put("kind", d.kind().name()).put("sentAt", instant(d.sentAt()));
          d.sentBy().ifPresent(v -> dn.put("sentBy", v));
          if (d.markedDraft()) {
            dn.put("markedDraft", true);
          }
        }
      }
      if (!m.recordingNotices().isEmpty()) {
        ArrayNode ns = o.putArray("recordingNotices");
        for (RecordingNotice n : m.recordingNotices()) {
          ns.addObject().put("by", n.by()).put("givenAt", instant(n.givenAt()));
        }
      }
      strings(o, "recordedBy", m.recordedBy());
      if (!m.participationAttempts().isEmpty()) {
        ArrayNode as = o.putArray("participationAttempts");
        for (ParticipationAttempt a : m.participationAttempts()) {
          as.addObject().put("method", a.method().name()).put("at", instant(a.at()));
        }
      }
      m.nonParticipation().ifPresent(v -> o.put("nonParticipation", v.name()));
    } else if (e instanceof Consent c) {
      o.put("scope", c.scope().name()).put("givenBy", c.givenBy());
      if (!c.inWriting()) {
        o.put("inWriting", false);
      }
      if (!c.informed()) {
        o.put("informed", false);
      }
      c.revokedAt().ifPresent(v -> o.put("revokedAt", instant(v)));
    } else if (e instanceof Agreement a) {
      o.put("kind", a.kind().name());
      strings(o, "signatories", a.signatories());
      a.agencyRepresentative().ifPresent(v -> o.put("agencyRepresentative", v));
      if (!a.inWriting()) {
        o.put("inWriting", false);
      }
      if (a.statesConfidentiality()) {
        o.put("statesConfidentiality", true);
      }
      a.request().ifPresent(v -> o.put("request", v));
    } else if (e instanceof Appointment a) {
      o.put("participant", a.participant());
      a.request().ifPresent(v -> o.put("request", v));
      strings(o, "selectedBy", a.selectedBy());
    } else if (e instanceof Decision d) {
      o.put("kind", d.kind().name()).put("request", d.request());
      if (d.denied()) {
        o.put("denied", true);
      }
      strings(o, "decides", d.decides());
      if (d.findsNoncompliance()) {
        o.put("findsNoncompliance", true);
      }
      if (d.ordersPlacementChange()) {
        o.put("ordersPlacementChange", true);
      }
    } else if (e instanceof Extension x) {
      o.put("request", x.request()).put("reason", x.reason().name()).put("newDueDate", x.newDueDate().toString());
      x.requestedBy().ifPresent(v -> o.put("requestedBy", v));
    } else if (e instanceof Withdrawal w) {
      o.put("request", w.request()).put("by", w.by()).put("from", w.from().name());
    } else if (e instanceof RecordsShared r) {
      o.put("sharedBy", r.sharedBy()).put("sharedWith", r.sharedWith());
    } else if (e instanceof PlacementChange p) {
      o.put("by", p.by());
      if (p.kind() != PlacementChange.Kind.CHANGE) {
        o.put("kind", p.kind().name());
      }
    } else if (e instanceof CourtProceeding c) {
      o.put("request", c.request()).put("by", c.by());
      c.endedAt().ifPresent(v -> o.put("endedAt", instant(v)));
    } else if (e instanceof Amendment a) {
      o.put("request", a.request()).put("by", a.by());
      if (a.basis() != Amendment.Basis.NONE) {
        o.put("basis", a.basis().name());
      }
      a.grantedAt().ifPresent(v -> o.put("grantedAt", instant(v)));
      a.grantedBy().ifPresent(v -> o.put("grantedBy", v));
    } else if (e instanceof Notice n) {
      o.put("kind", n.kind().name()).put("by", n.by());
      n.request().ifPresent(v -> o.put("request", v));
      if (!n.inWriting()) {
        o.put("inWriting", false);
      }
      n.waivedBy().ifPresent(v -> o.put("waivedBy", v));
      n.carriedOutAt().ifPresent(v -> o.put("carriedOutAt", instant(v)));
    } else if (e instanceof EvidenceOffered v) {
      o.put("by", v.by()).put("hearing", v.hearing());
      if (v.fromMediation()) {
        o.put("fromMediation", true);
      }
    } else if (e instanceof Demand d) {
      o.put("kind", d.kind().name()).put("by", d.by());
      d.hours().ifPresent(h -> o.put("hours", h));
      d.meeting().ifPresent(v -> o.put("meeting", v));
      d.request().ifPresent(v -> o.put("request", v));
    }
  }

  /**
   * Returns the case-file {@code "type"} of an event.
   *
   * @param e the event
   * @return e.g. {@code "request"} or {@code "recordsShared"}
   */
  public static String typeOf(CaseEvent e) {
    Objects.requireNonNull(e, "e");
    String simple = e.getClass().getSimpleName().replaceFirst("^Immutable", "");
    return Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
  }

  private static void strings(ObjectNode o, String name, Collection<String> values) {
    if (!values.isEmpty()) {
      ArrayNode a = o.putArray(name);
      values.forEach(a::add);
    }
  }

  private static void enums(ObjectNode o, String name, Collection<? extends Enum<?>> values) {
    if (!values.isEmpty()) {
      ArrayNode a = o.putArray(name);
      values.forEach(v -> a.add(v.name()));
    }
  }
}
