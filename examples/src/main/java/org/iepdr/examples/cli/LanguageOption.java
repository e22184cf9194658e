package org.iepdr.examples.cli;

import org.iepdr.core.InvalidInputException;
import org.iepdr.core.message.Language;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --lang}: {@code en} or {@code es}, case ignored; anything else is a usage error. */
final class LanguageOption implements ITypeConverter<Language> {

  @Override
  public Language convert(String value) {
    try {
      return Language.parse(value);
    } catch (InvalidInputException e) {
      throw new TypeConversionException("'" + Escape.text(value) + "' is not a language; allowed: en, es");
    }
  }
}
