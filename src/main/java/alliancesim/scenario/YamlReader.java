package alliancesim.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads YAML into {@link YamlNode}s that keep their line numbers. Jackson's tree model forgets
 * locations, so this walks the streaming parser's tokens instead.
 */
final class YamlReader {
    /**
     * Whole numbers as people write them: decimal, no leading zero (digits may be grouped with _).
     * YAML 1.1, which the parser follows, reads 012 as octal 10 and 0x1F as hex; both are refused.
     */
    private static final Pattern DECIMAL = Pattern.compile("[-+]?(0|[1-9][0-9_]*)");
    private static final Pattern NOT_FINITE = Pattern.compile("[-+]?\\.(nan|NaN|NAN|inf|Inf|INF)");

    private final YAMLFactory factory = new YAMLFactory();

    /** Thrown for malformed YAML; carries the line the parser stopped at. */
    static final class SyntaxError extends Exception {
        private static final long serialVersionUID = 1L;
        private final int line;
        private final boolean complete;

        SyntaxError(int line, String message) {
            this(line, message, false);
        }

        /** {@code complete}: the message already says what to do, so no generic syntax hint is added. */
        SyntaxError(int line, String message, boolean complete) {
            super(message);
            this.line = line;
            this.complete = complete;
        }

        int line() {
            return line;
        }

        boolean complete() {
            return complete;
        }
    }

    /**
     * Reads and parses a file; an unreadable file or a syntax error is a {@link ScenarioException}
     * at its line, {@code what} naming the file to the user and {@code hint} what to check.
     */
    YamlNode readFile(Path file, String what, String hint) {
        String text = text(file, MAX_FILE_BYTES, what);
        try {
            return read(text);
        } catch (SyntaxError e) {
            throw new ScenarioException(List.of(new Problem(file, e.line(), e.getMessage() + hint)));
        }
    }

    /** A scenario or targets file is a page or two; a cap keeps a stray huge file from stalling the parser. */
    static final long MAX_FILE_BYTES = 1 << 20;

    /**
     * A file's text, read through a bounded stream (at most {@code max} bytes, whatever the file
     * claims to be: a device reports size 0), or a problem of the whole file saying why not: missing, not a
     * regular file (a folder, a device, a FIFO, which would block), too big, not UTF-8.
     */
    static String text(Path file, long max, String what) {
        try {
            if (Files.isDirectory(file)) {
                throw problem(file, "this is a folder, not a " + what + "; name a .yaml file");
            }
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                throw problem(file, "this is not a regular file (a device or a pipe); name a " + what + " (.yaml)");
            }
            byte[] bytes;
            try (java.io.InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) max + 1);
            }
            if (bytes.length > max) {
                throw problem(file, "the file is larger than " + max + " bytes; a " + what + " is at most " + max
                        + " bytes (" + (max >> 20) + " MiB) — is this the right file?");
            }
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw problem(file, "the file is not UTF-8 text; save it as UTF-8 (most editors offer it under 'Save as' or"
                    + " 'encoding')");
        } catch (java.nio.file.NoSuchFileException e) {
            throw problem(file, "no such file; check the path");
        } catch (java.nio.file.AccessDeniedException e) {
            throw problem(file, "permission denied; check the file's permissions");
        } catch (IOException e) {
            throw problem(file, "cannot read the " + what + " (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
        }
    }

    private static ScenarioException problem(Path file, String message) {
        return new ScenarioException(List.of(new Problem(file, 0, message)));
    }

    YamlNode read(String text) throws SyntaxError {
        try (Reader r = new StringReader(text); JsonParser p = factory.createParser(r)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new SyntaxError(1, "the file is empty");
            }
            YamlNode node = node(p, first);
            if (p.nextToken() != null) {
                throw new SyntaxError(line(p.currentTokenLocation()), "more than one YAML document in the file");
            }
            return node;
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
            String message = firstLine(e.getOriginalMessage());
            java.util.regex.Matcher m = Pattern.compile("'(" + NOT_FINITE.pattern() + ")'").matcher(message);
            if (m.find()) {
                throw new SyntaxError(line, "'" + m.group(1) + "' is not a finite number; write a number such as 0.5"
                        + " (a scenario takes no NaN or infinity)", true);
            }
            throw new SyntaxError(line, "YAML syntax error: " + message);
        } catch (IOException e) {
            throw new SyntaxError(1, "cannot read: " + e.getMessage());
        }
    }

    private YamlNode node(JsonParser p, JsonToken t) throws IOException, SyntaxError {
        int line = line(p.currentTokenLocation());
        if (p instanceof YAMLParser y && y.isCurrentAlias()) {
            throw new SyntaxError(line, "'*" + p.getText() + "' is a YAML alias; aliases are not supported in scenario"
                    + " files (the parser would read the anchor's name, not its value): write the value out in full", true);
        }
        switch (t) {
            case START_OBJECT: {
                Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
                for (JsonToken k = p.nextToken(); k != JsonToken.END_OBJECT; k = p.nextToken()) {
                    String key = p.currentName();
                    int keyLine = line(p.currentTokenLocation());
                    YamlNode value = node(p, p.nextToken());
                    if (entries.containsKey(key)) {
                        throw new SyntaxError(keyLine, "the key '" + key + "' appears twice (first on line "
                                + entries.get(key).line() + "); keep one");
                    }
                    entries.put(key, new YamlNode.Entry(key, keyLine, value));
                }
                return new YamlNode.Mapping(line, entries);
            }
            case START_ARRAY: {
                List<YamlNode> items = new ArrayList<>();
                for (JsonToken i = p.nextToken(); i != JsonToken.END_ARRAY; i = p.nextToken()) {
                    items.add(node(p, i));
                }
                return new YamlNode.Sequence(line, items);
            }
            case VALUE_NUMBER_INT:
                if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                    throw new SyntaxError(line, "the number " + p.getText() + " is too large", true);
                }
                if (!DECIMAL.matcher(p.getText()).matches()) {
                    throw new SyntaxError(line, notDecimal(p.getText(), p.getLongValue()), true);
                }
                return new YamlNode.Scalar(line, p.getLongValue());
            case VALUE_NUMBER_FLOAT:
                if (!Double.isFinite(p.getDoubleValue())) {
                    throw new SyntaxError(line, "the number " + p.getText() + " is too large for a double", true);
                }
                return new YamlNode.Scalar(line, p.getDoubleValue());
            case VALUE_TRUE:
                return new YamlNode.Scalar(line, Boolean.TRUE);
            case VALUE_FALSE:
                return new YamlNode.Scalar(line, Boolean.FALSE);
            case VALUE_NULL:
                return new YamlNode.Scalar(line, null);
            default:
                return new YamlNode.Scalar(line, p.getText());
        }
    }

    /** Why 012 or 0x1F is refused, with the plain decimal the user probably meant. */
    private static String notDecimal(String text, long yamlValue) {
        String digits = text.replaceFirst("^[-+]", "");
        String sign = text.startsWith("-") ? "-" : "";
        if (digits.matches("0[0-9_]+")) {
            String stripped = digits.replaceFirst("^[0_]+", "");
            return "the number " + text + " has a leading zero, which YAML 1.1 reads as octal (= " + yamlValue
                    + "); write " + sign + (stripped.isEmpty() ? "0" : stripped) + " without the leading zero";
        }
        return "the number " + text + " is not written in decimal (YAML reads it as " + yamlValue + "); write "
                + yamlValue + " in plain decimal digits";
    }

    private static int line(JsonLocation location) {
        return location == null ? 1 : Math.max(1, location.getLineNr());
    }

    private static String firstLine(String message) {
        String m = message == null ? "unreadable YAML" : message.strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
