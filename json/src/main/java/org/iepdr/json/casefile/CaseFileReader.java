package org.iepdr.json.casefile;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.iepdr.core.model.Agreement;
import org.iepdr.core.model.Amendment;
import org.iepdr.core.model.AgreementKind;
import org.iepdr.core.model.Appointment;
import org.iepdr.core.model.Case;
import org.iepdr.core.model.CaseEvent;
import org.iepdr.core.model.CaseProblem;
import org.iepdr.core.model.ComplaintIssue;
import org.iepdr.core.model.Consent;
import org.iepdr.core.model.ConsentScope;
import org.iepdr.core.model.CourtProceeding;
import org.iepdr.core.model.Decision;
import org.iepdr.core.model.DecisionKind;
import org.iepdr.core.model.Demand;
import org.iepdr.core.model.DocumentKind;
import org.iepdr.core.model.DocumentSent;
import org.iepdr.core.model.EvidenceOffered;
import org.iepdr.core.model.Extension;
import org.iepdr.core.model.InvalidCaseException;
import org.iepdr.core.model.IssueKind;
import org.iepdr.core.model.Meeting;
import org.iepdr.core.model.MeetingKind;
import org.iepdr.core.model.Participant;
import org.iepdr.core.model.ParticipantRole;
import org.iepdr.core.model.ParticipationAttempt;
import org.iepdr.core.model.Party;
import org.iepdr.core.model.PartyRole;
import org.iepdr.core.model.Notice;
import org.iepdr.core.model.PlacementChange;
import org.iepdr.core.model.Receipt;
import org.iepdr.core.model.Recipient;
import org.iepdr.core.model.RecordingNotice;
import org.iepdr.core.model.RecordsShared;
import org.iepdr.core.model.Reply;
import org.iepdr.core.model.Request;
import org.iepdr.core.model.RequestContent;
import org.iepdr.core.model.RequestForm;
import org.iepdr.core.model.RequestKind;
import org.iepdr.core.model.Side;
import org.iepdr.core.model.Student;
import org.iepdr.core.model.TollingReason;
import org.iepdr.core.model.Withdrawal;
import org.iepdr.core.rules.RuleBook;
import org.iepdr.core.rules.UnknownJurisdictionException;

/**
 * Reads case files: one JSON object describing a {@link Case}, in the format of
 * {@code docs/case-file.md} and {@code docs/case-file.schema.json}.
 *
 * <p>Every problem of a file is reported at once in one {@link CaseFileException}: malformed JSON
 * (with its line and column), a missing or unknown field, a value of the wrong type, an enum value
 * that is not allowed (listing the allowed ones), a date-time without an offset where no zone is known,
 * and every problem the core finds with the facts ({@link InvalidCaseException}), each mapped back to
 * the JSON path and line of the value at fault.
 *
 * <p>Date-times ({@code "at"}, {@code "sentAt"}, ...) are ISO-8601 with an offset
 * ({@code 2026-03-06T16:45:00-06:00}) or local ({@code 2026-03-06T16:45}); a local date-time is read
 * in the file's {@code "zone"}, or else in the time zone of the case's state as the rule book knows it.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class CaseFileReader {

  /** The event types a case file knows, by the value of an event's {@code "type"}. */
  public static final List<String> EVENT_TYPES = List.of("request", "receipt", "reply", "meeting", "consent",
      "agreement", "appointment", "decision", "extension", "withdrawal", "recordsShared", "placementChange",
      "evidenceOffered", "demand", "courtProceeding", "amendment",
      "notice");

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();
  private static final Pattern QUOTED = Pattern.compile("'([^']*)'");
  /** A value that may be echoed in a message about an enum field: it looks like an enum constant. */
  private static final Pattern ENUM_LIKE = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");
  /** A state code that may be echoed. */
  private static final Pattern STATE_LIKE = Pattern.compile("[A-Z]{2,3}");
  /** The first and last years of a date the reader accepts (the four-digit years of ISO 8601). */
  private static final int FIRST_YEAR = 1;
  private static final int LAST_YEAR = 9999;

  private final Function<String, Optional<ZoneId>> zoneOfState;
  @Nullable private final Set<String> installed;
  private final Limits limits;

  /**
   * The sizes a reader refuses to go beyond, each with its own message: the bytes of one case (a
   * file, or a line of a batch), the events of one case, and the characters of one string (a value
   * or a field name).
   *
   * @param maxBytes the most bytes (UTF-8) one case may have, at least 1
   * @param maxEvents the most events one case may have, at least 1
   * @param maxStringChars the most characters a string may have, at least 1
   */
  public record Limits(long maxBytes, int maxEvents, int maxStringChars) {

    /** The default limits: 64 MiB per case, 100,000 events per case, 10,000 characters per string. */
    public static final Limits DEFAULTS = new Limits(64L * 1024 * 1024, 100_000, 10_000);

    /**
     * Creates the limits.
     *
     * @param maxBytes the most bytes per case
     * @param maxEvents the most events per case
     * @param maxStringChars the most characters per string
     * @throws IllegalArgumentException if a limit is below 1
     */
    public Limits {
      if (maxBytes < 1) {
        throw new IllegalArgumentException("maxBytes is " + maxBytes + "; give at least 1");
      }
      if (maxEvents < 1) {
        throw new IllegalArgumentException("maxEvents is " + maxEvents + "; give at least 1");
      }
      if (maxStringChars < 1) {
        throw new IllegalArgumentException("maxStringChars is " + maxStringChars + "; give at least 1");
      }
    }
  }

  /**
   * Creates a reader with the {@linkplain Limits#DEFAULTS default limits}.
   *
   * @param zoneOfState the time zone of a state code, for local date-times; empty when unknown
   */
  public CaseFileReader(Function<String, Optional<ZoneId>> zoneOfState) {
    this(zoneOfState, null, Limits.DEFAULTS);
  }

  private CaseFileReader(Function<String, Optional<ZoneId>> zoneOfState, @Nullable Set<String> installed,
      Limits limits) {
    this.zoneOfState = Objects.requireNonNull(zoneOfState, "zoneOfState");
    this.installed = installed;
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  /**
   * Returns a reader like this one with other limits.
   *
   * @param newLimits the limits
   * @return the reader
   */
  public CaseFileReader withLimits(Limits newLimits) {
    return new CaseFileReader(zoneOfState, installed, Objects.requireNonNull(newLimits, "newLimits"));
  }

  /**
   * Returns the limits this reader refuses to go beyond.
   *
   * @return the limits
   */
  public Limits limits() {
    return limits;
  }

  /**
   * Creates a reader that takes a state's time zone from a rule book, and reports a state the book
   * has no rules for as a problem of the file (before any problem it causes, such as a local
   * date-time whose zone is then unknown).
   *
   * @param book the rule book
   * @return the reader, with the default limits
   */
  public static CaseFileReader forRuleBook(RuleBook book) {
    Objects.requireNonNull(book, "book");
    return new CaseFileReader(code -> {
      try {
        return Optional.of(book.jurisdiction(code).zone());
      } catch (UnknownJurisdictionException e) {
        return Optional.empty();
      }
    }, new TreeSet<>(book.jurisdictions()), Limits.DEFAULTS);
  }

  /**
   * Reads a case file.
   *
   * @param file the file
   * @return the case and the file's options
   * @throws CaseFileException listing every problem, also when the file cannot be read
   */
  public CaseFile read(Path file) {
    Objects.requireNonNull(file, "file");
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > limits.maxBytes()) {
        throw tooBig(file.toString(), 1, size);
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException | RuntimeException e) {
      if (e instanceof CaseFileException c) {
        throw c;
      }
      throw new CaseFileException(List.of(new CaseFileProblem(file.toString(), 0, 0, "$",
          "cannot read the file: " + e.getClass().getSimpleName() + ": " + e.getMessage())));
    }
    return read(file.toString(), bytes, 1);
  }

  /**
   * Reads a case from UTF-8 bytes (a file's content, or one line of JSON Lines). A UTF-8 byte-order
   * mark at the start is skipped; a byte that is not UTF-8 is a problem of the input, with its line and
   * column.
   *
   * @param source a name for the input in messages (a file name)
   * @param utf8 the bytes
   * @param firstLine the line number of the first line (1 for a file, n for line n of JSON Lines)
   * @return the case and the file's options
   * @throws CaseFileException listing every problem
   */
  public CaseFile read(String source, byte[] utf8, int firstLine) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(utf8, "utf8");
    if (utf8.length > limits.maxBytes()) {
      throw tooBig(source, firstLine, utf8.length);
    }
    int start = utf8.length >= 3 && (utf8[0] & 0xff) == 0xEF && (utf8[1] & 0xff) == 0xBB && (utf8[2] & 0xff) == 0xBF
        ? 3 : 0;
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(utf8, start, utf8.length - start);
    CharBuffer out = CharBuffer.allocate(utf8.length - start);
    CoderResult r = decoder.decode(in, out, true);
    if (!r.isError()) {
      r = decoder.flush(out);
    }
    if (r.isError()) {
      int line = firstLine;
      int column = 1;
      out.flip();
      for (int i = 0; i < out.limit(); i++) {
        if (out.get(i) == '\n') {
          line++;
          column = 1;
        } else {
          column++;
        }
      }
      throw new CaseFileException(List.of(new CaseFileProblem(source, line, column, "$",
          String.format(Locale.ROOT, "invalid UTF-8: the byte 0x%02X does not belong to a UTF-8 character; the input"
              + " must be UTF-8", utf8[in.position()] & 0xff))));
    }
    out.flip();
    return read(source, out.toString(), firstLine);
  }

  private CaseFileException tooBig(String source, int line, long bytes) {
    return new CaseFileException(List.of(new CaseFileProblem(source, line, 1, "$", "the case is " + bytes
        + " bytes long; at most " + limits.maxBytes() + " bytes are allowed per case (CaseFileReader.Limits)")));
  }

  /**
   * Reads a case from JSON text.
   *
   * @param source a name for the input in messages (a file name)
   * @param json the JSON text: one object
   * @param firstLine the line number of the text's first line (1 for a file, n for line n of JSON Lines)
   * @return the case and the file's options
   * @throws CaseFileException listing every problem
   */
  public CaseFile read(String source, String json, int firstLine) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(json, "json");
    String text = json.startsWith("\uFEFF") ? json.substring(1) : json;
    long bytes = utf8Length(text);
    if (bytes > limits.maxBytes()) {
      throw tooBig(source, firstLine, bytes);
    }
    JsonNode root;
    try {
      root = MAPPER.readTree(text);
    } catch (JacksonException e) {
      TokenStreamLocation loc = e.getLocation();
      int line = loc == null || loc.getLineNr() < 1 ? 0 : loc.getLineNr() + firstLine - 1;
      int col = loc == null || loc.getColumnNr() < 1 ? 0 : loc.getColumnNr();
      throw new CaseFileException(List.of(new CaseFileProblem(source, line, col, "$",
          "not well-formed JSON: " + JsonSyntax.explain(e.getOriginalMessage()))), salvageId(text));
    }
    if (root == null || root.isMissingNode()) {
      throw new CaseFileException(List.of(new CaseFileProblem(source, firstLine, 1, "$",
          "the input is empty; give one JSON object describing a case")));
    }
    return new Session(source, text, firstLine).readCase(root);
  }

  private static long utf8Length(String s) {
    long n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        n++;
      } else if (c < 0x800) {
        n += 2;
      } else if (Character.isHighSurrogate(c)) {
        n += 4;
        i++;
      } else {
        n += 3;
      }
    }
    return n;
  }

  /**
   * The top-level {@code "id"} of text that is not well-formed JSON, when it comes before the fault
   * and is a string within the limits.
   */
  private Optional<String> salvageId(String text) {
    try (JsonParser p = MAPPER.createParser(text)) {
      int depth = 0;
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
          depth++;
        } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          depth--;
        } else if (t == JsonToken.PROPERTY_NAME && depth == 1 && "id".equals(p.currentName())) {
          if (p.nextToken() == JsonToken.VALUE_STRING) {
            String id = p.getString();
            return id.isBlank() || id.length() > limits.maxStringChars() ? Optional.empty() : Optional.of(id);
          }
          return Optional.empty();
        }
      }
    } catch (JacksonException e) {
      // the fault came before an id
    }
    return Optional.empty();
  }

  /** One read: the problems found so far and where values are. */
  private final class Session {
    private final String source;
    private final String json;
    private final int firstLine;
    @Nullable private JsonLocations locations;
    private final List<CaseFileProblem> problems = new ArrayList<>();
    /** Problems listed before all others whatever their place (an unknown state, whose consequences follow). */
    private final List<CaseFileProblem> first = new ArrayList<>();
    @Nullable private String caseId;
    private final Set<String> unbuilt = new HashSet<>();
    /** The hash codes of {@link #unbuilt}, made when the first problem of the built case is checked. */
    @Nullable private Set<Integer> unbuiltHashes;
    /** The arrays indexed to locate the problems of the built case, by pointer and key ({@link #ids}). */
    private final java.util.Map<String, java.util.Map<String, int[]>> indexes = new java.util.HashMap<>();
    @Nullable private ZoneId zone;
    private String zoneSource = "";

    Session(String source, String json, int firstLine) {
      this.source = source;
      this.json = json;
      this.firstLine = firstLine;
    }

    void problem(Where where, String message) {
      if (locations == null) {
        // where each value is, computed only when a problem needs it; the text was parsed already, so a
        // failure here is not expected, and costs only the line and column, never the report
        try {
          locations = JsonLocations.scan(MAPPER, json, firstLine);
        } catch (RuntimeException e) {
          locations = null;
        }
      }
      int[] lc = locations == null ? new int[] {firstLine, 1} : locations.find(where.pointer());
      problems.add(new CaseFileProblem(source, lc[0], lc[1], where.path(), message));
    }

    CaseFileException failure() {
      List<CaseFileProblem> sorted = new ArrayList<>(problems);
      sorted.removeAll(first);
      sorted.sort(Comparator.comparingInt((CaseFileProblem p) -> p.line() == 0 ? Integer.MAX_VALUE : p.line())
          .thenComparingInt(CaseFileProblem::column));
      List<CaseFileProblem> all = new ArrayList<>(first);
      all.addAll(sorted);
      return new CaseFileException(all, Optional.ofNullable(caseId));
    }

    /** Refuses, before anything else is read, what is beyond the limits: too many events, too long a string. */
    void checkLimits(JsonNode rootNode, Where root) {
      JsonNode ev = rootNode.get("events");
      if (ev != null && ev.isArray() && ev.size() > limits.maxEvents()) {
        problem(root.child("events"), "the case has " + ev.size() + " events; at most " + limits.maxEvents()
            + " events are allowed per case (CaseFileReader.Limits)");
      }
      checkStrings(rootNode, root, null);
    }

    private void checkStrings(JsonNode node, Where where, @Nullable String name) {
      if (problems.size() >= 20) {
        return;
      }
      if (node.isString()) {
        int n = node.stringValue().length();
        if (n > limits.maxStringChars()) {
          problem(where, (name == null ? "a string" : "\"" + name + "\"") + " is " + n + " characters long; at most "
              + limits.maxStringChars() + " characters are allowed per string (CaseFileReader.Limits)");
        }
      } else if (node.isArray()) {
        for (int i = 0; i < node.size(); i++) {
          checkStrings(node.get(i), where.index(i), name);
        }
      } else if (node.isObject()) {
        for (Map.Entry<String, JsonNode> e : node.properties()) {
          if (e.getKey().length() > limits.maxStringChars()) {
            problem(where, "a field name is " + e.getKey().length() + " characters long; at most "
                + limits.maxStringChars() + " characters are allowed per string (CaseFileReader.Limits)");
          } else {
            checkStrings(e.getValue(), where.child(e.getKey()), e.getKey());
          }
        }
      }
    }

    CaseFile readCase(JsonNode rootNode) {
      Where root = new Where("$", "");
      if (!rootNode.isObject()) {
        problem(root, "a case file is one JSON object, not " + describe(rootNode));
        throw failure();
      }
      checkLimits(rootNode, root);
      if (!problems.isEmpty()) {
        JsonNode idNode = rootNode.get("id");
        if (idNode != null && idNode.isString() && !idNode.stringValue().isBlank()
            && idNode.stringValue().length() <= limits.maxStringChars()) {
          caseId = idNode.stringValue();
        }
        throw failure();
      }
      Obj c = new Obj(rootNode, root);
      c.get("$schema", false, "");
      String id = c.str("id", true);
      caseId = id;
      String state = c.str("state", true);
      if (state != null && !STATE_LIKE.matcher(state).matches()) {
        // checked here and not left to the case's own check, whose message quotes the value
        c.problem(c.child("state"), "\"state\" is not a state code; give two or three capital letters such as MO, MS or"
            + " US" + (installed == null ? "" : " (installed: " + String.join(", ", installed) + ")"));
        first.add(problems.get(problems.size() - 1));
        state = null;
      } else if (state != null && installed != null && !installed.contains(state)) {
        c.problem(c.child("state"), "'" + state + "' is not a jurisdiction with installed rules; installed: "
            + String.join(", ", installed));
        first.add(problems.get(problems.size() - 1));
      }
      String district = c.str("district", true);
      LocalDate asOf = c.date("asOf", false);
      String zoneText = c.str("zone", false);
      if (zoneText != null) {
        try {
          zone = ZoneId.of(zoneText);
          zoneSource = "the file's \"zone\"";
        } catch (DateTimeException e) {
          problem(c.child("zone"), "\"zone\" is not a time zone; give an IANA zone id such as America/Chicago");
        }
      } else if (state != null) {
        zone = zoneOfState.apply(state).orElse(null);
        zoneSource = "the zone of state " + state;
      }
      Student student = readStudent(c.object("student", true));
      List<Party> parties = new ArrayList<>();
      List<Obj> partyObjs = c.objects("parties", true);
      for (Obj p : partyObjs) {
        Party party = readParty(p);
        if (party != null) {
          parties.add(party);
        }
      }
      List<Participant> participants = new ArrayList<>();
      for (Obj p : c.objects("participants", false)) {
        Participant participant = readParticipant(p);
        if (participant != null) {
          participants.add(participant);
        }
      }
      List<CaseEvent> events = new ArrayList<>();
      List<Obj> eventObjs = c.objects("events", true);
      for (Obj e : eventObjs) {
        CaseEvent event = readEvent(e);
        if (event != null) {
          events.add(event);
        }
      }
      c.finish();

      Case.Builder b = Case.builder()
          .id(id == null ? "?" : id)
          .state(state == null ? "US" : state)
          .district(district == null ? "?" : district)
          .student(student == null ? Student.of("?") : student)
          .parties(parties)
          .participants(participants)
          .events(events);
      Case built = null;
      try {
        built = b.build();
      } catch (InvalidCaseException e) {
        for (CaseProblem cp : e.problems()) {
          if (!causedByUnbuilt(cp)) {
            problem(locate(rootNode, cp), cp.eventId().map(ev -> "event '" + ev + "': ").orElse("")
                + cp.field() + ": " + cp.message());
          }
        }
      } catch (RuntimeException e) {
        problem(root, "the case cannot be built: " + e.getMessage());
      }
      if (!problems.isEmpty() || built == null) {
        throw failure();
      }
      return new CaseFile(built, Optional.ofNullable(asOf), Optional.ofNullable(zoneText == null ? null : zone));
    }

    /**
     * Whether the core's problem is about a reference to an id whose own value could not be built (a
     * consequence of a problem already reported): whether the message starts with {@code 'id' is not} for
     * some id in {@link #unbuilt}. Linear in the message: one pass computes the hash code of each prefix as
     * {@link String#hashCode} does, and only a prefix followed by {@code ' is not} whose hash is that of an
     * unbuilt id is compared; so many problems among many unbuilt ids cost problems + ids, not their product.
     */
    private boolean causedByUnbuilt(CaseProblem cp) {
      String m = cp.message();
      if (unbuilt.isEmpty() || !m.startsWith("'")) {
        return false;
      }
      if (unbuiltHashes == null) {
        unbuiltHashes = new HashSet<>();
        for (String id : unbuilt) {
          unbuiltHashes.add(id.hashCode());
        }
      }
      int h = 0; // the hash code of m.substring(1, k)
      for (int k = 1; k < m.length(); k++) {
        if (m.startsWith("' is not", k) && unbuiltHashes.contains(h) && unbuilt.contains(m.substring(1, k))) {
          return true;
        }
        h = 31 * h + m.charAt(k);
      }
      return false;
    }

    /**
     * Maps a problem the core found to the JSON value at fault. The arrays searched are indexed once, when
     * the first problem needs them ({@link #ids}), so that locating every problem of a case costs the size of
     * the case plus the number of problems, not their product (40,000 events with bad references took 28 s).
     */
    private Where locate(JsonNode root, CaseProblem cp) {
      Matcher m = QUOTED.matcher(cp.message());
      String quoted = m.find() ? m.group(1) : null;
      if (cp.eventId().isEmpty()) {
        String field = cp.field();
        JsonNode arr = root.get(field);
        Where w = new Where("$", "").child(field);
        if (arr != null && arr.isArray() && quoted != null) {
          int[] at = ids("/" + field, arr, "id").get(quoted);
          if (at != null) {
            return w.index(at[1]).child("id");
          }
        }
        return w;
      }
      String eventId = cp.eventId().get();
      JsonNode events = root.get("events");
      int index = -1;
      if (events != null && events.isArray()) {
        int[] at = ids("/events", events, "id").get(eventId);
        if (at != null) {
          // a duplicate id is reported at its last occurrence, every other problem at the event's first
          index = "id".equals(cp.field()) ? at[1] : at[0];
        }
      }
      if (index < 0) {
        return new Where("$", "").child("events");
      }
      Where ev = new Where("$", "").child("events").index(index);
      String[] parts = cp.field().split("\\.");
      Where w = ev.child(parts[0]);
      JsonNode value = events.get(index).get(parts[0]);
      if (value != null && value.isArray() && quoted != null) {
        int[] at = ids(w.pointer(), value, parts.length > 1 ? parts[1] : null).get(quoted);
        if (at != null) {
          // a duplicate id inside an array (two issues of a request) is reported at its last occurrence
          Where el = w.index(parts.length > 1 && "id".equals(parts[1]) ? at[1] : at[0]);
          return parts.length > 1 ? el.child(parts[1]) : el;
        }
      }
      return w;
    }

    /**
     * The index of an array: for each text, the first and last position of an element that is that text
     * ({@code key} null) or whose field {@code key} is. Built once per array and kept by the array's pointer.
     */
    private java.util.Map<String, int[]> ids(String pointer, JsonNode arr, @Nullable String key) {
      return indexes.computeIfAbsent(pointer + "\u0000" + (key == null ? "" : key), k -> {
        java.util.Map<String, int[]> index = new java.util.HashMap<>();
        for (int i = 0; i < arr.size(); i++) {
          JsonNode el = arr.get(i);
          JsonNode leaf = key == null ? el : el.get(key);
          String text = leaf == null ? null : leaf.asString(null);
          if (text != null) {
            int position = i;
            index.computeIfAbsent(text, t -> new int[] {position, position})[1] = i;
          }
        }
        return index;
      });
    }

    @Nullable
    Student readStudent(@Nullable Obj o) {
      if (o == null) {
        return null;
      }
      String id = o.str("id", true);
      String name = o.str("name", false);
      LocalDate birth = o.date("birthDate", false);
      o.finish();
      if (id == null) {
        return null;
      }
      return o.build(() -> Student.builder().id(id).name(Optional.ofNullable(name))
          .birthDate(Optional.ofNullable(birth)).build(), null);
    }

    @Nullable
    Party readParty(Obj o) {
      String id = o.str("id", true);
      PartyRole role = o.enm("role", PartyRole.class, true);
      String name = o.str("name", false);
      o.finish();
      if (id == null || role == null) {
        if (id != null) {
          unbuilt.add(id);
        }
        return null;
      }
      return o.build(() -> Party.builder().id(id).role(role).name(Optional.ofNullable(name)).build(), id);
    }

    @Nullable
    Participant readParticipant(Obj o) {
      String id = o.str("id", true);
      ParticipantRole role = o.enm("role", ParticipantRole.class, true);
      Side actsFor = o.enm("actsFor", Side.class, false);
      String name = o.str("name", false);
      Integer training = o.integer("trainingDays");
      List<Side> relationships = o.enums("relationships", Side.class);
      Boolean onIepTeam = o.bool("onIepTeam");
      Boolean onStateList = o.bool("onStateList");
      Boolean authority = o.bool("hasDecisionAuthority");
      o.finish();
      if (id == null || role == null || o.failed) {
        if (id != null) {
          unbuilt.add(id);
        }
        return null;
      }
      return o.build(() -> {
        var b = Participant.builder().id(id).role(role).actsFor(Optional.ofNullable(actsFor))
            .name(Optional.ofNullable(name)).relationships(relationships);
        if (training != null) {
          b.trainingDays(training);
        }
        if (onIepTeam != null) {
          b.onIepTeam(onIepTeam);
        }
        if (onStateList != null) {
          b.onStateList(onStateList);
        }
        if (authority != null) {
          b.hasDecisionAuthority(authority);
        }
        return b.build();
      }, id);
    }

    @Nullable
    CaseEvent readEvent(Obj o) {
      String type = o.str("type", true);
      String id = o.str("id", true);
      Instant at = o.instant("at", true);
      if (type != null && !EVENT_TYPES.contains(type)) {
        o.problem(o.child("type"), "\"type\" is not an event type; allowed: " + String.join(", ", EVENT_TYPES));
        o.skipUnknown();
        if (id != null) {
          unbuilt.add(id);
        }
        return null;
      }
      if (type == null) {
        o.skipUnknown();
        if (id != null) {
          unbuilt.add(id);
        }
        return null;
      }
      EventBuilder eb = switch (type) {
        case "request" -> request(o);
        case "receipt" -> receipt(o);
        case "reply" -> reply(o);
        case "meeting" -> meeting(o);
        case "consent" -> consent(o);
        case "agreement" -> agreement(o);
        case "appointment" -> appointment(o);
        case "decision" -> decision(o);
        case "extension" -> extension(o);
        case "withdrawal" -> withdrawal(o);
        case "recordsShared" -> recordsShared(o);
        case "placementChange" -> placementChange(o);
        case "evidenceOffered" -> evidenceOffered(o);
        case "demand" -> demand(o);
        case "courtProceeding" -> courtProceeding(o);
        case "amendment" -> amendment(o);
        case "notice" -> notice(o);
        default -> throw new AssertionError(type);
      };
      o.finish();
      if (id == null || at == null || o.failed) {
        if (id != null) {
          unbuilt.add(id);
        }
        return null;
      }
      return o.build(() -> eb.build(id, at), id);
    }

    EventBuilder request(Obj o) {
      RequestKind kind = o.enm("kind", RequestKind.class, true);
      String filedBy = o.str("filedBy", true);
      String requestedBy = o.str("requestedBy", false);
      Recipient filedWith = o.enm("filedWith", Recipient.class, false);
      RequestForm form = o.enm("form", RequestForm.class, false);
      List<String> signedBy = o.strings("signedBy");
      List<RequestContent> contents = o.enums("contents", RequestContent.class);
      List<IssueKind> issues = o.enums("issues", IssueKind.class);
      String forMeeting = o.str("forMeeting", false);
      String relatesTo = o.str("relatesTo", false);
      LocalDate alleged = o.date("allegedViolationDate", false);
      LocalDate knew = o.date("knewOrShouldHaveKnown", false);
      TollingReason tolling = o.enm("tollingReason", TollingReason.class, false);
      List<ComplaintIssue> complaintIssues = new ArrayList<>();
      for (Obj i : o.objects("complaintIssues", false)) {
        String issueId = i.str("id", true);
        String summary = i.str("summary", true);
        IssueKind issueKind = i.enm("kind", IssueKind.class, false);
        String raisedIn = i.str("raisedIn", false);
        i.finish();
        ComplaintIssue issue = issueId == null || summary == null || i.failed ? null
            : i.build(() -> ComplaintIssue.builder().id(issueId).summary(summary).kind(Optional.ofNullable(issueKind))
                .raisedIn(Optional.ofNullable(raisedIn)).build(), null);
        if (issue == null) {
          o.failed = true;
        } else {
          complaintIssues.add(issue);
        }
      }
      return (id, at) -> {
        var b = Request.builder().id(id).at(at).kind(required(kind)).filedBy(required(filedBy))
            .requestedBy(Optional.ofNullable(requestedBy)).signedBy(signedBy).contents(contents).issues(issues)
            .forMeeting(Optional.ofNullable(forMeeting)).relatesTo(Optional.ofNullable(relatesTo))
            .allegedViolationDate(Optional.ofNullable(alleged)).knewOrShouldHaveKnown(Optional.ofNullable(knew))
            .tollingReason(Optional.ofNullable(tolling)).complaintIssues(complaintIssues);
        if (filedWith != null) {
          b.filedWith(filedWith);
        }
        if (form != null) {
          b.form(form);
        }
        return b.build();
      };
    }

    EventBuilder receipt(Obj o) {
      String request = o.str("request", true);
      Recipient recipient = o.enm("recipient", Recipient.class, true);
      Receipt.Via via = o.enm("via", Receipt.Via.class, false);
      String sentBy = o.str("sentBy", false);
      return (id, at) -> {
        var b = Receipt.builder().id(id).at(at).request(required(request)).recipient(required(recipient))
            .sentBy(Optional.ofNullable(sentBy));
        if (via != null) {
          b.via(via);
        }
        return b.build();
      };
    }

    EventBuilder reply(Obj o) {
      String request = o.str("request", true);
      String by = o.str("by", true);
      Reply.Answer answer = o.enm("answer", Reply.Answer.class, true);
      Boolean inWriting = o.bool("inWriting");
      return (id, at) -> {
        var b = Reply.builder().id(id).at(at).request(required(request)).by(required(by)).answer(required(answer));
        if (inWriting != null) {
          b.inWriting(inWriting);
        }
        return b.build();
      };
    }

    EventBuilder meeting(Obj o) {
      MeetingKind kind = o.enm("kind", MeetingKind.class, true);
      Meeting.Status status = o.enm("status", Meeting.Status.class, false);
      String request = o.str("request", false);
      List<String> attendees = o.strings("attendees");
      String waivedBy = o.str("noticeWaivedBy", false);
      List<DocumentSent> documents = new ArrayList<>();
      for (Obj d : o.objects("documents", false)) {
        DocumentKind dk = d.enm("kind", DocumentKind.class, true);
        Instant sentAt = d.instant("sentAt", true);
        String sentBy = d.str("sentBy", false);
        Boolean draft = d.bool("markedDraft");
        d.finish();
        if (dk != null && sentAt != null && !d.failed) {
          documents.add(new DocumentSent(dk, sentAt, Optional.ofNullable(sentBy), draft != null && draft));
        } else {
          o.failed = true;
        }
      }
      List<RecordingNotice> notices = new ArrayList<>();
      for (Obj n : o.objects("recordingNotices", false)) {
        String by = n.str("by", true);
        Instant givenAt = n.instant("givenAt", true);
        n.finish();
        if (by != null && givenAt != null && !n.failed) {
          notices.add(new RecordingNotice(by, givenAt));
        } else {
          o.failed = true;
        }
      }
      List<String> recordedBy = o.strings("recordedBy");
      Side nonParticipation = o.enm("nonParticipation", Side.class, false);
      List<ParticipationAttempt> attempts = new ArrayList<>();
      for (Obj a : o.objects("participationAttempts", false)) {
        ParticipationAttempt.Method method = a.enm("method", ParticipationAttempt.Method.class, true);
        Instant when = a.instant("at", true);
        a.finish();
        if (method != null && when != null && !a.failed) {
          attempts.add(new ParticipationAttempt(method, when));
        } else {
          o.failed = true;
        }
      }
      return (id, at) -> {
        var b = Meeting.builder().id(id).at(at).kind(required(kind)).request(Optional.ofNullable(request))
            .attendees(attendees).noticeWaivedBy(Optional.ofNullable(waivedBy)).documents(documents)
            .recordingNotices(notices).recordedBy(recordedBy).participationAttempts(attempts)
            .nonParticipation(Optional.ofNullable(nonParticipation));
        if (status != null) {
          b.status(status);
        }
        return b.build();
      };
    }

    EventBuilder consent(Obj o) {
      ConsentScope scope = o.enm("scope", ConsentScope.class, true);
      String givenBy = o.str("givenBy", true);
      Boolean inWriting = o.bool("inWriting");
      Boolean informed = o.bool("informed");
      Instant revokedAt = o.instant("revokedAt", false);
      return (id, at) -> {
        var b = Consent.builder().id(id).at(at).scope(required(scope)).givenBy(required(givenBy))
            .revokedAt(Optional.ofNullable(revokedAt));
        if (inWriting != null) {
          b.inWriting(inWriting);
        }
        if (informed != null) {
          b.informed(informed);
        }
        return b.build();
      };
    }

    EventBuilder agreement(Obj o) {
      AgreementKind kind = o.enm("kind", AgreementKind.class, true);
      List<String> signatories = o.strings("signatories");
      String rep = o.str("agencyRepresentative", false);
      Boolean inWriting = o.bool("inWriting");
      Boolean confidentiality = o.bool("statesConfidentiality");
      String request = o.str("request", false);
      return (id, at) -> {
        var b = Agreement.builder().id(id).at(at).kind(required(kind)).signatories(signatories)
            .agencyRepresentative(Optional.ofNullable(rep)).request(Optional.ofNullable(request));
        if (inWriting != null) {
          b.inWriting(inWriting);
        }
        if (confidentiality != null) {
          b.statesConfidentiality(confidentiality);
        }
        return b.build();
      };
    }

    EventBuilder appointment(Obj o) {
      String participant = o.str("participant", true);
      String request = o.str("request", false);
      List<String> selectedBy = o.strings("selectedBy");
      return (id, at) -> Appointment.builder().id(id).at(at).participant(required(participant))
          .request(Optional.ofNullable(request)).selectedBy(selectedBy).build();
    }

    EventBuilder decision(Obj o) {
      DecisionKind kind = o.enm("kind", DecisionKind.class, true);
      String request = o.str("request", true);
      Boolean denied = o.bool("denied");
      List<String> decides = o.strings("decides");
      Boolean noncompliance = o.bool("findsNoncompliance");
      Boolean placement = o.bool("ordersPlacementChange");
      return (id, at) -> {
        var b = Decision.builder().id(id).at(at).kind(required(kind)).request(required(request)).decides(decides);
        if (denied != null) {
          b.denied(denied);
        }
        if (noncompliance != null) {
          b.findsNoncompliance(noncompliance);
        }
        if (placement != null) {
          b.ordersPlacementChange(placement);
        }
        return b.build();
      };
    }

    EventBuilder extension(Obj o) {
      String request = o.str("request", true);
      Extension.Reason reason = o.enm("reason", Extension.Reason.class, true);
      LocalDate due = o.date("newDueDate", true);
      String requestedBy = o.str("requestedBy", false);
      return (id, at) -> Extension.builder().id(id).at(at).request(required(request)).reason(required(reason))
          .newDueDate(required(due)).requestedBy(Optional.ofNullable(requestedBy)).build();
    }

    EventBuilder amendment(Obj o) {
      String request = o.str("request", true);
      String by = o.str("by", true);
      Amendment.Basis basis = o.enm("basis", Amendment.Basis.class, false);
      Instant grantedAt = o.instant("grantedAt", false);
      String grantedBy = o.str("grantedBy", false);
      return (id, at) -> {
        var b = Amendment.builder().id(id).at(at).request(required(request)).by(required(by))
            .grantedAt(Optional.ofNullable(grantedAt)).grantedBy(Optional.ofNullable(grantedBy));
        if (basis != null) {
          b.basis(basis);
        }
        return b.build();
      };
    }

    EventBuilder withdrawal(Obj o) {
      String request = o.str("request", true);
      String by = o.str("by", true);
      Withdrawal.From from = o.enm("from", Withdrawal.From.class, true);
      return (id, at) -> Withdrawal.builder().id(id).at(at).request(required(request)).by(required(by))
          .from(required(from)).build();
    }

    EventBuilder recordsShared(Obj o) {
      String sharedBy = o.str("sharedBy", true);
      String sharedWith = o.str("sharedWith", true);
      return (id, at) -> RecordsShared.builder().id(id).at(at).sharedBy(required(sharedBy))
          .sharedWith(required(sharedWith)).build();
    }

    EventBuilder courtProceeding(Obj o) {
      String request = o.str("request", true);
      String by = o.str("by", true);
      Instant endedAt = o.instant("endedAt", false);
      return (id, at) -> CourtProceeding.builder().id(id).at(at).request(required(request)).by(required(by))
          .endedAt(Optional.ofNullable(endedAt)).build();
    }

    EventBuilder placementChange(Obj o) {
      String by = o.str("by", true);
      PlacementChange.Kind kind = o.enm("kind", PlacementChange.Kind.class, false);
      return (id, at) -> {
        var b = PlacementChange.builder().id(id).at(at).by(required(by));
        if (kind != null) {
          b.kind(kind);
        }
        return b.build();
      };
    }

    EventBuilder notice(Obj o) {
      Notice.Kind kind = o.enm("kind", Notice.Kind.class, true);
      String by = o.str("by", true);
      String request = o.str("request", false);
      Boolean inWriting = o.bool("inWriting");
      String waivedBy = o.str("waivedBy", false);
      Instant carriedOutAt = o.instant("carriedOutAt", false);
      return (id, at) -> {
        var b = Notice.builder().id(id).at(at).kind(required(kind)).by(required(by))
            .request(Optional.ofNullable(request)).waivedBy(Optional.ofNullable(waivedBy))
            .carriedOutAt(Optional.ofNullable(carriedOutAt));
        if (inWriting != null) {
          b.inWriting(inWriting);
        }
        return b.build();
      };
    }

    EventBuilder evidenceOffered(Obj o) {
      String by = o.str("by", true);
      String hearing = o.str("hearing", true);
      Boolean fromMediation = o.bool("fromMediation");
      return (id, at) -> {
        var b = EvidenceOffered.builder().id(id).at(at).by(required(by)).hearing(required(hearing));
        if (fromMediation != null) {
          b.fromMediation(fromMediation);
        }
        return b.build();
      };
    }

    EventBuilder demand(Obj o) {
      Demand.Kind kind = o.enm("kind", Demand.Kind.class, true);
      String by = o.str("by", true);
      Integer hours = o.integer("hours");
      String meeting = o.str("meeting", false);
      String request = o.str("request", false);
      return (id, at) -> Demand.builder().id(id).at(at).kind(required(kind)).by(required(by))
          .hours(Optional.ofNullable(hours))
          .meeting(Optional.ofNullable(meeting)).request(Optional.ofNullable(request)).build();
    }

    /** A JSON object being read: the fields asked for, and whether any was wrong. */
    final class Obj {
      final JsonNode node;
      final Where where;
      final Set<String> known = new LinkedHashSet<>();
      boolean failed;

      Obj(JsonNode node, Where where) {
        this.node = node;
        this.where = where;
      }

      Where child(String name) {
        return where.child(name);
      }

      void problem(Where w, String message) {
        failed = true;
        Session.this.problem(w, message);
      }

      @Nullable
      JsonNode get(String name, boolean required, String what) {
        return get(name, required, () -> what);
      }

      @Nullable
      JsonNode get(String name, boolean required, java.util.function.Supplier<String> what) {
        known.add(name);
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
          if (required) {
            problem(where, "the field \"" + name + "\" is missing; give " + what.get());
          }
          return null;
        }
        return v;
      }

      @Nullable
      String str(String name, boolean required) {
        JsonNode v = get(name, required, "a non-empty string");
        if (v == null) {
          return null;
        }
        if (!v.isString() || v.asString().isBlank()) {
          problem(child(name), "\"" + name + "\" must be a non-empty string, not " + describe(v));
          return null;
        }
        return v.asString();
      }

      @Nullable
      <E extends Enum<E>> E enm(String name, Class<E> type, boolean required) {
        JsonNode v = get(name, required, () -> "one of " + allowed(type));
        return v == null ? null : enumValue(v, child(name), name, type);
      }

      @Nullable
      <E extends Enum<E>> E enumValue(JsonNode v, Where w, String name, Class<E> type) {
        if (v.isString()) {
          for (E e : type.getEnumConstants()) {
            if (e.name().equals(v.asString())) {
              return e;
            }
          }
        }
        String shown = v.isString() && ENUM_LIKE.matcher(v.stringValue()).matches() ? "'" + v.stringValue() + "'"
            : describe(v);
        problem(w, shown + " is not allowed in \"" + name + "\"; allowed: " + allowed(type));
        return null;
      }

      @Nullable
      Boolean bool(String name) {
        JsonNode v = get(name, false, "");
        if (v == null) {
          return null;
        }
        if (!v.isBoolean()) {
          problem(child(name), "\"" + name + "\" must be true or false, not " + describe(v));
          return null;
        }
        return v.booleanValue();
      }

      @Nullable
      Integer integer(String name) {
        JsonNode v = get(name, false, "");
        if (v == null) {
          return null;
        }
        if (!v.isInt() || v.intValue() < 0) {
          problem(child(name), "\"" + name + "\" must be a whole number of at least 0, not " + describe(v));
          return null;
        }
        return v.intValue();
      }

      @Nullable
      LocalDate date(String name, boolean required) {
        JsonNode v = get(name, required, "an ISO date such as 2026-03-06");
        if (v == null) {
          return null;
        }
        if (v.isString()) {
          try {
            LocalDate d = LocalDate.parse(v.stringValue());
            if (d.getYear() < FIRST_YEAR || d.getYear() > LAST_YEAR) {
              problem(child(name), "\"" + name + "\" is outside the years 0001 to 9999 a date may have");
              return null;
            }
            return d;
          } catch (DateTimeParseException e) {
            // reported below
          }
        }
        problem(child(name), "\"" + name + "\" must be an ISO date such as 2026-03-06, not " + describe(v)
            + " in another form");
        return null;
      }

      @Nullable
      Instant instant(String name, boolean required) {
        JsonNode v = get(name, required, "an ISO date-time such as 2026-03-06T16:45:00-06:00");
        if (v == null) {
          return null;
        }
        String form = "an ISO date-time such as 2026-03-06T16:45:00-06:00, or 2026-03-06T16:45 read in "
            + (zoneSource.isEmpty() ? "the case's zone" : zoneSource);
        if (!v.isString()) {
          problem(child(name), "\"" + name + "\" must be " + form + ", not " + describe(v));
          return null;
        }
        String text = v.stringValue();
        Instant instant;
        try {
          if (hasOffset(text)) {
            instant = OffsetDateTime.parse(text).toInstant();
          } else {
            LocalDateTime local = LocalDateTime.parse(text);
            if (zone == null) {
              problem(child(name), "\"" + name + "\" has no UTC offset and no time zone is known (no \"zone\" in the"
                  + " file and no installed rules for its state); give an offset, e.g. 2026-03-06T16:45-06:00");
              return null;
            }
            instant = local.atZone(zone).toInstant();
          }
        } catch (DateTimeParseException e) {
          problem(child(name), "\"" + name + "\" must be " + form + ", not a string in another form");
          return null;
        } catch (DateTimeException e) {
          // a date-time at the edge of java.time that no offset or zone can move
          problem(child(name), "\"" + name + "\" is outside the years 0001 to 9999 a date-time may have");
          return null;
        }
        if (instant.isBefore(EARLIEST) || !instant.isBefore(AFTER_LATEST)) {
          problem(child(name), "\"" + name + "\" is outside the years 0001 to 9999 a date-time may have");
          return null;
        }
        return instant;
      }

      List<String> strings(String name) {
        JsonNode v = get(name, false, "");
        List<String> out = new ArrayList<>();
        if (v == null) {
          return out;
        }
        if (!v.isArray()) {
          problem(child(name), "\"" + name + "\" must be an array of ids, not " + describe(v));
          return out;
        }
        for (int i = 0; i < v.size(); i++) {
          JsonNode el = v.get(i);
          if (el.isString() && !el.asString().isBlank()) {
            out.add(el.asString());
          } else {
            problem(child(name).index(i), "each entry of \"" + name + "\" must be a non-empty string, not "
                + describe(el));
          }
        }
        return out;
      }

      <E extends Enum<E>> List<E> enums(String name, Class<E> type) {
        JsonNode v = get(name, false, "");
        List<E> out = new ArrayList<>();
        if (v == null) {
          return out;
        }
        if (!v.isArray()) {
          problem(child(name), "\"" + name + "\" must be an array of " + allowed(type) + ", not " + describe(v));
          return out;
        }
        for (int i = 0; i < v.size(); i++) {
          E e = enumValue(v.get(i), child(name).index(i), name, type);
          if (e != null) {
            out.add(e);
          }
        }
        return out;
      }

      @Nullable
      Obj object(String name, boolean required) {
        JsonNode v = get(name, required, "an object");
        if (v == null) {
          return null;
        }
        if (!v.isObject()) {
          problem(child(name), "\"" + name + "\" must be an object, not " + describe(v));
          return null;
        }
        return new Obj(v, child(name));
      }

      List<Obj> objects(String name, boolean required) {
        JsonNode v = get(name, required, "an array of objects");
        List<Obj> out = new ArrayList<>();
        if (v == null) {
          return out;
        }
        if (!v.isArray()) {
          problem(child(name), "\"" + name + "\" must be an array of objects, not " + describe(v));
          return out;
        }
        for (int i = 0; i < v.size(); i++) {
          JsonNode el = v.get(i);
          if (el.isObject()) {
            out.add(new Obj(el, child(name).index(i)));
          } else {
            problem(child(name).index(i), "each entry of \"" + name + "\" must be an object, not " + describe(el));
          }
        }
        return out;
      }

      /** Marks every field as known, for an object whose type could not be determined. */
      void skipUnknown() {
        known.addAll(node.propertyNames());
      }

      /** Reports every field that is not part of the format. */
      void finish() {
        for (String name : node.propertyNames()) {
          if (!known.contains(name)) {
            List<String> allowed = new ArrayList<>(known);
            allowed.remove("$schema");
            problem(child(name), (Where.SIMPLE_NAME.matcher(name).matches() ? "unknown field \"" + name + "\""
                : "an unknown field whose name is not a field name of the format") + "; allowed here: "
                + String.join(", ", allowed));
          }
        }
      }

      @Nullable
      <T> T build(java.util.function.Supplier<T> builder, @Nullable String id) {
        try {
          return builder.get();
        } catch (RuntimeException e) {
          problem(where, e.getMessage() == null ? e.toString() : e.getMessage());
          if (id != null) {
            unbuilt.add(id);
          }
          return null;
        }
      }
    }
  }

  private static final Instant EARLIEST = LocalDate.of(FIRST_YEAR, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
  private static final Instant AFTER_LATEST = LocalDate.of(LAST_YEAR + 1, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();

  /**
   * Whether an ISO date-time ends with a UTC offset ({@code Z}, {@code +hh}, {@code +hhmm} or
   * {@code +hh:mm}) after its {@code T}; linear in the length of the text.
   */
  static boolean hasOffset(String t) {
    int tee = t.indexOf('T');
    if (tee < 0) {
      return false;
    }
    int n = t.length();
    if (t.charAt(n - 1) == 'Z') {
      return n - 1 > tee;
    }
    return offsetAt(t, n - 3, tee, "dd") || offsetAt(t, n - 5, tee, "dddd") || offsetAt(t, n - 6, tee, "dd:dd");
  }

  private static boolean offsetAt(String t, int start, int tee, String shape) {
    if (start <= tee || (t.charAt(start) != '+' && t.charAt(start) != '-')) {
      return false;
    }
    for (int i = 0; i < shape.length(); i++) {
      char c = t.charAt(start + 1 + i);
      if (shape.charAt(i) == 'd' ? c < '0' || c > '9' : c != shape.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** Builds an event once its common fields are known. */
  @FunctionalInterface
  private interface EventBuilder {
    CaseEvent build(String id, Instant at);
  }

  /**
   * A required field's value inside an {@link EventBuilder}: it is null only when the field was missing
   * or wrong, which records a problem, and an event is built only when its object recorded none.
   */
  private static <T> T required(@Nullable T value) {
    return Objects.requireNonNull(value, "a required field is missing but no problem was recorded");
  }

  /** A place in the document: its JSON path (for people) and its JSON pointer (for locations). */
  /**
   * Where a value sits, as a JSONPath-like path for messages and a JSON Pointer for locations. Both are
   * rendered only when asked for (a problem is reported): reading a valid case builds no path string.
   */
  private static final class Where {
    /** A field name shown as it is; any other name (it could be personal data) is shown as {@code ['?']}. */
    static final Pattern SIMPLE_NAME = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]{0,39}");

    private final @Nullable Where parent;
    private final @Nullable String name;
    private final int index;
    private @Nullable String path;
    private @Nullable String pointer;

    Where(String path, String pointer) {
      this.parent = null;
      this.name = null;
      this.index = -1;
      this.path = path;
      this.pointer = pointer;
    }

    private Where(Where parent, @Nullable String name, int index) {
      this.parent = parent;
      this.name = name;
      this.index = index;
    }

    Where child(String name) {
      return new Where(this, name, -1);
    }

    Where index(int i) {
      return new Where(this, null, i);
    }

    String path() {
      String p = path;
      if (p == null) {
        String up = Objects.requireNonNull(parent, "parent").path();
        String n = name;
        p = n == null ? up + "[" + index + "]" : up + (SIMPLE_NAME.matcher(n).matches() ? "." + n : "['?']");
        path = p;
      }
      return p;
    }

    String pointer() {
      String p = pointer;
      if (p == null) {
        String up = Objects.requireNonNull(parent, "parent").pointer();
        String n = name;
        p = n == null ? up + "/" + index : up + "/" + n.replace("~", "~0").replace("/", "~1");
        pointer = p;
      }
      return p;
    }
  }

  static <E extends Enum<E>> String allowed(Class<E> type) {
    return String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
  }

  /**
   * Describes a value by its kind, never by its content: a string or a number out of place could be
   * a student's name or birth date.
   */
  static String describe(JsonNode v) {
    if (v.isString()) {
      return v.stringValue().isEmpty() ? "an empty string" : v.stringValue().isBlank() ? "a blank string" : "a string";
    }
    if (v.isNumber()) {
      return "a number";
    }
    if (v.isObject()) {
      return "an object";
    }
    if (v.isArray()) {
      return "an array";
    }
    return v.toString();
  }
}
