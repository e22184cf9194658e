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
import org.iepdr.core.rules.Authority;
import org.iepdr.core.rules.Citation;
import org.iepdr.core.rules.Force;
import org.iepdr.core.rules.RuleContext;

/** The documents Missouri's rules cite, and small lookups the rules share. Not part of the API. */
final class Sources {

  /**
   * Missouri DESE's flyer on its facilitated IEP programme (2016-2017), published for the programme
   * whose page is {@link #FIEP_LINK}.
   */
  static final String FIEP_FLYER = "Missouri Department of Elementary and Secondary Education (DESE),"
      + " \"Facilitated IEP Process\" flyer, 2016-2017";

  /** The DESE facilitated IEP programme page. */
  static final String FIEP_LINK =
      "https://dese.mo.gov/special-education/compliance/facilitated-individualized-education-program-fiep";

  /** A parent-guide article on Missouri's mediation programme (a secondary source). */
  static final String MEDIATION_ARTICLE = "\"Missouri IEP Mediation: How the Free Process Works and When to Use"
      + " It\", Special Ed Start Guide";

  /** Its address. */
  static final String MEDIATION_ARTICLE_LINK = "https://specialedstartguide.com/blog/missouri-iep-mediation";

  /** RSMo 162.959 (mediation), as published in the copy at {@link #RSMO_162_959_LINK}. */
  static final String RSMO_162_959 = "RSMo 162.959";

  /** A public copy of RSMo 162.959 (an older compilation; its text stops inside subsection 5). */
  static final String RSMO_162_959_LINK = "https://statutes.laws.com/missouri/t11/c162/162_959";

  /** RSMo 162.961 (due process hearings before the Administrative Hearing Commission). */
  static final String RSMO_162_961 = "RSMo 162.961";

  /** The MoDE Foundation's mediation page (a parent advocacy organisation; a secondary source). */
  static final String MODE_FOUNDATION = "Missouri Disability Empowerment (MoDE) Foundation, \"What is Mediation?\"";

  /** Its address. */
  static final String MODE_FOUNDATION_LINK = "https://www.moempowerfoundation.com/mediation";

  private Sources() {}

  /**
   * A citation of DESE's FIEP flyer, a binding procedure of the programme DESE runs (who requests, the
   * form it requires, who facilitates).
   *
   * @param section the flyer's question the sentence answers
   * @param quote the sentence
   * @return the citation
   */
  static Citation fiepProcedure(String section, String quote) {
    return Citation.builder().document(FIEP_FLYER).section(section).link(FIEP_LINK).quote(quote)
        .authority(Authority.AGENCY_PROCEDURE).force(Force.DUTY).build();
  }

  /**
   * A citation of the mediation article.
   *
   * @param section the article's heading the sentence is under
   * @param force what the sentence does
   * @param quote the sentence
   * @return the citation
   */
  static Citation article(String section, Force force, String quote) {
    return Citation.builder().document(MEDIATION_ARTICLE).section(section).link(MEDIATION_ARTICLE_LINK).quote(quote)
        .authority(Authority.SECONDARY).force(force).build();
  }

  /**
   * A citation of a public copy of RSMo 162.959.
   *
   * @param section the subsection, e.g. {@code "162.959.4"}
   * @param quote the statute's words
   * @return the citation
   */
  static Citation rsmo162959(String section, String quote) {
    return Citation.of(Authority.STATUTE, Force.DUTY, RSMO_162_959, section, RSMO_162_959_LINK, quote);
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
    List<Appointment> out = null;
    for (Appointment a : ctx.events(Appointment.class)) {
      Participant p = ctx.participant(a.participant()).orElse(null);
      if (p != null && p.role() == role) {
        if (out == null) {
          out = new ArrayList<>(2);
        }
        out.add(a);
      }
    }
    return out == null ? List.of() : out;
  }

  /**
   * Whether an appointment belongs to a request: it names it, or names none.
   *
   * @param a the appointment
   * @param request the request
   * @return true when it belongs
   */
  static boolean belongsTo(Appointment a, Request request) {
    String named = a.request().orElse(null);
    return named == null || named.equals(request.id());
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
