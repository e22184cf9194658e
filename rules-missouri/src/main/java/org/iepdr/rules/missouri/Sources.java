package org.iepdr.rules.missouri;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.iepdr.core.model.Appointment;
import org.iepdr.core.model.Participant;
import org.iepdr.core.model.ParticipantRole;
import org.iepdr.core.model.Party;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.Side;
import org.iepdr.core.rules.Citation;
import org.iepdr.core.rules.RuleContext;

/** The documents Missouri's rules cite, and small lookups the rules share. Not part of the API. */
final class Sources {

  /** Seed 000: Missouri DESE's flyer on the facilitated IEP. */
  static final String FIEP_FLYER = "Missouri DESE, Facilitated IEP Process flyer (seed 000_8159ef08c3de4a83.txt)";

  /** Seed 003: an article on Missouri's mediation program. */
  static final String MEDIATION_ARTICLE =
      "Missouri IEP Mediation: How the Free Process Works and When to Use It (seed 003_951cc2b96321038a.txt)";

  /** RSMo 162.959 as read from statutes.laws.com / lawserver (law-facts M1-M3). */
  static final String RSMO_162_959 = "RSMo 162.959";

  /** RSMo 162.961 (law-facts M10). */
  static final String RSMO_162_961 = "RSMo 162.961";

  /** Verification level of a quote from a seed file. */
  static final String SEED = "seed";

  /** Verification level of a rule known only from a secondary source. */
  static final String SECOND = "VERIFIED-2ND";

  private Sources() {}

  /**
   * A citation of a seed file.
   *
   * @param document the seed
   * @param section where in it
   * @param quote the sentence
   * @return the citation
   */
  static Citation seed(String document, String section, String quote) {
    return Citation.builder().document(document).section(section).quote(quote).verification(SEED).build();
  }

  /**
   * A citation known only from a secondary source.
   *
   * @param document the document, naming the secondary source
   * @param section where in it
   * @param quote what the secondary source says
   * @return the citation
   */
  static Citation secondary(String document, String section, String quote) {
    return Citation.builder().document(document).section(section).quote(quote).verification(SECOND).build();
  }

  /**
   * The party's side, if the id names a party.
   *
   * @param ctx the context
   * @param id a party id
   * @return the side, or empty
   */
  static Optional<Side> partySide(RuleContext ctx, String id) {
    return ctx.party(id).map(Party::side);
  }

  /**
   * Whether parties of both sides are among the ids.
   *
   * @param ctx the context
   * @param ids party ids
   * @return true when a family-side and an agency-side party are among them
   */
  static boolean bothSides(RuleContext ctx, Iterable<String> ids) {
    boolean family = false;
    boolean agency = false;
    for (String id : ids) {
      Optional<Side> s = partySide(ctx, id);
      family |= s.filter(Side.FAMILY::equals).isPresent();
      agency |= s.filter(Side.AGENCY::equals).isPresent();
    }
    return family && agency;
  }

  /**
   * The appointments of participants in a role, in timeline order.
   *
   * @param ctx the context
   * @param role the role
   * @return the appointments
   */
  static List<Appointment> appointments(RuleContext ctx, ParticipantRole role) {
    List<Appointment> out = new ArrayList<>();
    for (Appointment a : ctx.events(Appointment.class)) {
      if (ctx.participant(a.participant()).map(Participant::role).filter(role::equals).isPresent()) {
        out.add(a);
      }
    }
    return out;
  }

  /**
   * Whether an appointment belongs to a request: it names it, or names none.
   *
   * @param a the appointment
   * @param request the request
   * @return true when it belongs
   */
  static boolean belongsTo(Appointment a, Request request) {
    return a.request().map(request.id()::equals).orElse(true);
  }

  /**
   * Whether an instant is not after another.
   *
   * @param a the first
   * @param b the second
   * @return a &lt;= b
   */
  static boolean notAfter(Instant a, Instant b) {
    return !a.isAfter(b);
  }
}
