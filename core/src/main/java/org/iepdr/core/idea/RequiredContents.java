package org.iepdr.core.idea;

import java.util.ArrayList;
import java.util.List;
import org.iepdr.core.message.Message;
import org.iepdr.core.message.MessageCatalog;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestContent;

/** Plain-language names of a request's required contents, shared by the federal contents rules. */
final class RequiredContents {

  private RequiredContents() {}

  /**
   * Returns, in the order required, the labels of the required contents a request lacks.
   *
   * @param request the request
   * @param required the contents required, in the regulation's order
   * @return the labels of the missing ones ({@link #name})
   */
  static List<Message> missing(Request request, List<RequestContent> required) {
    List<Message> out = new ArrayList<>();
    for (RequestContent c : required) {
      if (!request.contents().contains(c)) {
        out.add(name(c));
      }
    }
    return out;
  }

  /**
   * Returns a content's plain-language name: the core catalog's label
   * {@code enum.RequestContent.<CONSTANT>}, as a phrase of its own.
   *
   * @param c the content
   * @return its name
   */
  static Message name(RequestContent c) {
    return Message.builder(MessageCatalog.core(), "enum.RequestContent." + c.name()).build();
  }
}
