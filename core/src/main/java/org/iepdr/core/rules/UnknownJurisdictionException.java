package org.iepdr.core.rules;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apiguardian.api.API;
import org.iepdr.core.IepdrException;

/**
 * No installed rule module answers for a jurisdiction code. The exception keeps the code asked for
 * and the codes of the modules that are installed.
 */
@API(status = MAINTAINED, since = "0.2.0")
public final class UnknownJurisdictionException extends IepdrException {
  private static final long serialVersionUID = 1L;

  /** The jurisdiction code asked for. */
  private final String code;
  /** The codes of the installed modules, sorted. */
  private final List<String> installed;

  /**
   * Creates the exception.
   *
   * @param code the code asked for
   * @param installed the codes of the installed modules
   */
  public UnknownJurisdictionException(String code, Set<String> installed) {
    super("no rule module is installed for jurisdiction '" + java.util.Objects.requireNonNull(code, "code")
        + "'; installed: " + new TreeSet<>(java.util.Objects.requireNonNull(installed, "installed"))
        + " (add the state's module, e.g. iepdr-rules-missouri, to the class path or module path)");
    this.code = code;
    this.installed = List.copyOf(new TreeSet<>(installed));
  }

  /**
   * Returns the code asked for.
   *
   * @return the code
   */
  public String code() {
    return code;
  }

  /**
   * Returns the codes of the installed modules, sorted.
   *
   * @return the codes
   */
  public List<String> installed() {
    return installed;
  }
}
