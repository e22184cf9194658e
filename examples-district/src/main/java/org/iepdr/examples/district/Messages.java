package org.iepdr.examples.district;

import org.iepdr.core.message.MessageCatalog;

/**
 * The module's message catalog: the wording of its rules' findings and deadlines, in English and
 * Spanish ({@code messages_en.properties}, {@code messages_es.properties} in this package), with core's
 * catalog behind it. Loaded by the module's own code, so that it works on the module path.
 */
final class Messages {

  /** The catalog; every rule descriptor of the module sets it. */
  static final MessageCatalog CATALOG = MessageCatalog.load("org.iepdr.examples.district", "messages",
      name -> Messages.class.getResourceAsStream(name));

  private Messages() {}
}
