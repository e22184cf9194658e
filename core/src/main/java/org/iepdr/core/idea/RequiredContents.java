package org.iepdr.core.idea;

import java.util.ArrayList;
import java.util.List;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestContent;

/** Plain-language names of a request's required contents, shared by the federal contents rules. */
final class RequiredContents {

  private RequiredContents() {}

  /**
   * Returns, in the order required, the plain-language names of the required contents a request lacks.
   *
   * @param request the request
   * @param required the contents required, in the regulation's order
   * @return the names of the missing ones
   */
  static List<String> missing(Request request, List<RequestContent> required) {
    List<String> out = new ArrayList<>();
    for (RequestContent c : required) {
      if (!request.contents().contains(c)) {
        out.add(name(c));
      }
    }
    return out;
  }

  /**
   * Returns a content's plain-language name.
   *
   * @param c the content
   * @return its name
   */
  static String name(RequestContent c) {
    return switch (c) {
      case STUDENT_NAME -> "the child's name";
      case STUDENT_ADDRESS -> "the address of the child's residence";
      case SCHOOL -> "the name of the child's school";
      case DISTRICT -> "the district";
      case STATEMENT_OF_VIOLATION -> "a statement that the agency violated a requirement of IDEA Part B";
      case FACTS -> "the facts the statement rests on";
      case CONTACT_INFORMATION -> "the complainant's contact information";
      case DESCRIPTION_OF_PROBLEM -> "a description of the child's problem, with facts";
      case PROPOSED_RESOLUTION -> "a proposed resolution";
      case NATURE_OF_DISPUTE -> "the nature of the dispute";
      case STATE_SPONSORED_MEDIATION_REQUESTED -> "a statement that state-sponsored mediation is requested";
      case ISSUE -> "the issue";
    };
  }
}
