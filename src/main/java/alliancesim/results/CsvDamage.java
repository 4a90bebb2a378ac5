package alliancesim.results;

import alliancesim.files.InvalidInputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.apache.commons.csv.CSVException;

/**
 * A CSV file alliance-sim wrote whose quoting the CSV parser could not follow, said in words: the line and column
 * of the first misplaced '"' and what is wrong there, instead of the parser's text ("Invalid character between
 * encapsulated token and delimiter", "EOF reached before encapsulated token finished"), which names neither the
 * place where the file was changed nor what to do.
 */
public final class CsvDamage {
    private CsvDamage() {
    }

    /**
     * A cell read by {@code parse}; one it cannot read (or a missing one, null) is refused as
     * "file:line: column is 'text', not {@code kind}; the file was edited or damaged: {@code fix}".
     */
    public static <T> T cell(String text, Path file, long line, String column,
                             java.util.function.Function<String, T> parse, String kind, String fix) {
        try {
            return parse.apply(text);
        } catch (RuntimeException e) { // NumberFormatException, DateTimeParseException, or null for a short row
            String shown = text == null ? "" : text.length() <= 40 ? text : text.substring(0, 37) + "...";
            throw new InvalidInputException(file + ":" + line + ": " + column + " is '" + shown + "', not " + kind
                    + "; the file was edited or damaged: " + fix);
        }
    }

    /** Whether {@code e} (or its cause) is the CSV parser's complaint about a file's text, not a failing read. */
    public static boolean isParsing(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CSVException || t instanceof MisplacedQuote) {
                return true;
            }
        }
        return false;
    }

    /**
     * The complaint as "file:line:column: what is wrong; the file was edited or damaged: {@code fix}", at the first
     * misplaced quote of the file (found by reading it again); at the file alone if none is found.
     */
    public static InvalidInputException of(Path file, String fix) {
        String where;
        try (Reader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS),
                StandardCharsets.UTF_8))) {
            where = firstMisplacedQuote(in, 1);
        } catch (IOException | RuntimeException e) {
            where = null;
        }
        return new InvalidInputException(file + (where == null ? ": its quoting is not the CSV alliance-sim writes"
                : ":" + where) + "; the file was edited or damaged: " + fix);
    }

    /**
     * One line of a file whose quoting the parser could not follow, as "file:line:column: what is wrong; the file was
     * edited or damaged: {@code fix}".
     */
    public static InvalidInputException ofLine(Path file, long line, String text, String fix) {
        String where;
        try {
            where = firstMisplacedQuote(new java.io.StringReader(text), line);
        } catch (IOException e) {
            where = null; // a string does not fail to read
        }
        return new InvalidInputException(file + ":" + (where == null ? line + ": its quoting is not the CSV"
                + " alliance-sim writes" : where) + "; the file was edited or damaged: " + fix);
    }

    /**
     * "line:column: what", 1-based from line {@code first}, of the first '"' that RFC 4180 does not allow where it
     * stands (a cell that holds a quote is quoted whole, with the quote doubled); null if the quoting is sound.
     */
    static String firstMisplacedQuote(Reader in, long first) throws IOException {
        Quotes q = new Quotes(first);
        for (int c = in.read(); c >= 0; c = in.read()) {
            String wrong = q.next(c);
            if (wrong != null) {
                return wrong;
            }
        }
        return q.end();
    }

    /** Whether one line of CSV has a '"' where RFC 4180 does not allow one (see {@link #ofLine}). */
    static boolean misplacedQuote(String line) {
        try {
            return firstMisplacedQuote(new java.io.StringReader(line), 1) != null;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // a string does not fail to read
        }
    }

    /**
     * {@code in} as it is, but a '"' where RFC 4180 does not allow one, which the CSV parser lets through when it
     * stands inside a cell that does not start with one (it reads {@code ab"c} as the text {@code ab"c}), ends the
     * read with a {@link MisplacedQuote} naming its line and column ({@link #isParsing} knows it).
     */
    public static Reader checked(Reader in) {
        return new java.io.FilterReader(in) {
            private final Quotes quotes = new Quotes(1);

            @Override
            public int read() throws IOException {
                int c = super.read();
                see(c < 0 ? null : new char[] {(char) c}, 0, c < 0 ? -1 : 1);
                return c;
            }

            @Override
            public int read(char[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                see(b, off, n);
                return n;
            }

            private void see(char[] b, int off, int n) throws MisplacedQuote {
                if (n < 0) {
                    String wrong = quotes.end();
                    if (wrong != null) {
                        throw new MisplacedQuote(wrong, true);
                    }
                    return;
                }
                for (int i = off; i < off + n; i++) {
                    String wrong = quotes.next(b[i]);
                    if (wrong != null) {
                        throw new MisplacedQuote(wrong, false);
                    }
                }
            }
        };
    }

    /** A '"' where RFC 4180 does not allow one, found by {@link #checked}: its message is "line:column: what". */
    public static final class MisplacedQuote extends IOException {
        private final boolean unclosed;

        MisplacedQuote(String where, boolean unclosed) {
            super(where);
            this.unclosed = unclosed;
        }

        /** Whether the text ended inside a quoted cell (a file cut short, or a '"' added), not at a stray '"'. */
        public boolean unclosed() {
            return unclosed;
        }
    }

    /** The quoting of CSV text read one character at a time, with the first place where it goes wrong. */
    private static final class Quotes {
        private long line;
        private long column;
        private boolean cellStart = true;
        private boolean quoted;
        private boolean afterQuote; // in a quoted cell, just after a '"': it closes the cell or is doubled
        private long openLine;
        private long openColumn;

        Quotes(long first) {
            line = first;
        }

        /** The character {@code c}: null while the quoting is sound, else "line:column: what is wrong". */
        String next(int c) {
            column++;
            String wrong = null;
            if (afterQuote) {
                afterQuote = false;
                if (c == ',' || c == '\n' || c == '\r') {
                    quoted = false;
                    cellStart = true;
                } else if (c != '"') { // a doubled quote is one quote in the cell
                    wrong = line + ":" + column + ": text follows the '\"' that closes the quoted cell opened at line "
                            + openLine + ", column " + openColumn + " (a '\"' added or removed)";
                }
            } else if (quoted) {
                afterQuote = c == '"';
            } else if (c == '"') {
                if (!cellStart) {
                    wrong = line + ":" + column + ": a '\"' inside a cell that does not start with one (a cell that"
                            + " holds a quote is quoted whole)";
                }
                quoted = true;
                openLine = line;
                openColumn = column;
                cellStart = false;
            } else {
                cellStart = c == ',' || c == '\n' || c == '\r';
            }
            if (c == '\n') {
                line++;
                column = 0;
            }
            return wrong;
        }

        /** The end of the text: null if every quoted cell was closed. */
        String end() {
            return quoted && !afterQuote ? openLine + ":" + openColumn + ": the quoted cell opened here is never closed"
                    + " (a '\"' added, or the file cut short)" : null;
        }
    }
}
