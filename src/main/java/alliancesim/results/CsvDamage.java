package alliancesim.results;

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

    /** Whether {@code e} (or its cause) is the CSV parser's complaint about a file's text, not a failing read. */
    public static boolean isParsing(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CSVException) {
                return true;
            }
        }
        return false;
    }

    /**
     * The complaint as "file:line:column: what is wrong; the file was edited or damaged: {@code fix}", at the first
     * misplaced quote of the file (found by reading it again); at the file alone if none is found.
     */
    public static IllegalArgumentException of(Path file, String fix) {
        String where;
        try (Reader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS),
                StandardCharsets.UTF_8))) {
            where = firstMisplacedQuote(in, 1);
        } catch (IOException | RuntimeException e) {
            where = null;
        }
        return new IllegalArgumentException(file + (where == null ? ": its quoting is not the CSV alliance-sim writes"
                : ":" + where) + "; the file was edited or damaged: " + fix);
    }

    /**
     * One line of a file whose quoting the parser could not follow, as "file:line:column: what is wrong; the file was
     * edited or damaged: {@code fix}".
     */
    public static IllegalArgumentException ofLine(Path file, long line, String text, String fix) {
        String where;
        try {
            where = firstMisplacedQuote(new java.io.StringReader(text), line);
        } catch (IOException e) {
            where = null; // a string does not fail to read
        }
        return new IllegalArgumentException(file + ":" + (where == null ? line + ": its quoting is not the CSV"
                + " alliance-sim writes" : where) + "; the file was edited or damaged: " + fix);
    }

    /**
     * "line:column: what", 1-based from line {@code first}, of the first '"' that RFC 4180 does not allow where it
     * stands (a cell that holds a quote is quoted whole, with the quote doubled); null if the quoting is sound.
     */
    static String firstMisplacedQuote(Reader in, long first) throws IOException {
        long line = first;
        long column = 0;
        boolean cellStart = true;
        boolean quoted = false;
        long openLine = 0;
        long openColumn = 0;
        int c = in.read();
        while (c >= 0) {
            column++;
            int next = -2;
            if (quoted) {
                if (c == '"') {
                    next = in.read();
                    if (next == '"') {
                        column++;
                        next = -2; // a doubled quote: one quote in the cell
                    } else if (next == ',' || next == '\n' || next == '\r' || next < 0) {
                        quoted = false;
                        cellStart = next == ',' || next == '\n' || next == '\r';
                    } else {
                        return line + ":" + (column + 1) + ": text follows the '\"' that closes the quoted cell opened at"
                                + " line " + openLine + ", column " + openColumn + " (a '\"' added or removed)";
                    }
                }
            } else if (c == '"') {
                if (!cellStart) {
                    return line + ":" + column + ": a '\"' inside a cell that does not start with one (a cell that holds"
                            + " a quote is quoted whole)";
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
            if (next != -2) {
                if (next < 0) {
                    break;
                }
                column++;
                if (next == '\n') {
                    line++;
                    column = 0;
                }
            }
            c = in.read();
        }
        if (quoted) {
            return openLine + ":" + openColumn + ": the quoted cell opened here is never closed (a '\"' added, or the file"
                    + " cut short)";
        }
        return null;
    }
}
