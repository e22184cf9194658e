/**
 * The JSON case-file format: a documented data layer between JSON text and the core model.
 *
 * <p>{@link org.iepdr.json.casefile.CaseFileReader} reads a case file (one JSON object) into a
 * {@link org.iepdr.core.model.Case}, reporting every problem of the file at once, each with the file,
 * the line and column, the JSON path, the field and what is allowed; an unknown field is an error.
 * {@link org.iepdr.json.casefile.CaseFileWriter} writes a case back in the same format. The format
 * is described field by field in {@code docs/case-file.md} and as a JSON Schema in
 * {@code docs/case-file.schema.json}.
 */
@NullMarked
package org.iepdr.json.casefile;

import org.jspecify.annotations.NullMarked;
