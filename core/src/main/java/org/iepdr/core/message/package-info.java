/**
 * Findings and deadlines as data first, words second: a {@link org.iepdr.core.message.Message} is a
 * stable key and its typed {@link org.iepdr.core.message.Facts} (dates, times, counts, ids, labels),
 * rendered on demand in a {@link org.iepdr.core.message.Language} from the
 * {@link org.iepdr.core.message.MessageCatalog} of the module that wrote it.
 *
 * <p>Each module keeps its own catalog: a pair of properties files ({@code <base>_en.properties} and
 * {@code <base>_es.properties}, UTF-8) in one of its own packages, opened by the module's own code so
 * that nothing depends on a package being open to core on the module path. Catalogs are loaded
 * explicitly per language: nothing here reads the default locale, and an English request never comes
 * out in another language because of the machine it runs on.
 *
 * <p>Patterns name their arguments: {@code "No decision was issued by {due}."}; {@code {name,style}}
 * picks a format ({@code format.<style>} in the catalog chain). Apostrophes are plain text (no
 * {@link java.text.MessageFormat} quoting), and the braces are the only reserved characters.
 */
@NullMarked
package org.iepdr.core.message;

import org.jspecify.annotations.NullMarked;
