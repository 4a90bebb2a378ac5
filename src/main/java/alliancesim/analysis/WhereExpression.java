package alliancesim.analysis;

import alliancesim.files.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;

/**
 * A condition on a run's final outputs, as a user types it after {@code --where}: comparisons
 * ({@code < <= > >= == !=}) between output names and numbers, joined by {@code and} / {@code or}
 * ({@code and} binds tighter) and grouped by parentheses. A run whose compared value is missing
 * (NA) does not satisfy the comparison.
 */
public final class WhereExpression {
    /** Longer conditions are refused: no one types one, and parsing and evaluating stay quick and shallow. */
    static final int MAX_LENGTH = 2000;
    /** Deeper nesting of parentheses is refused (10,000 levels overflowed the stack). */
    static final int MAX_DEPTH = 32;
    private final String text;
    private final Node root;
    private final Set<String> names;

    private WhereExpression(String text, Node root, Set<String> names) {
        this.text = text;
        this.root = root;
        this.names = names;
    }

    /**
     * Parses {@code text}; every name must be one of {@code outputs}. Errors name the 1-based
     * character position: "--where: unknown output 'front' at position 1 (outputs: ...)".
     */
    public static WhereExpression parse(String text, Set<String> outputs) {
        if (text.length() > MAX_LENGTH) {
            throw new InvalidInputException("--where: the condition is " + text.length() + " characters long; at most "
                    + MAX_LENGTH + " are accepted (a condition is a few comparisons joined by 'and' and 'or'): shorten it");
        }
        Parser p = new Parser(text, outputs);
        Node root = p.or();
        if (p.peek().kind != Kind.END) {
            throw p.error("expected 'and', 'or' or the end", p.peek());
        }
        return new WhereExpression(text, root, p.names);
    }

    /** True when the run whose output values {@code value} gives satisfies the condition. */
    public boolean test(ToDoubleFunction<String> value) {
        return root.test(value);
    }

    /** The outputs the condition reads, sorted. */
    public Set<String> outputs() {
        return names;
    }

    @Override
    public String toString() {
        return text.trim();
    }

    private interface Node {
        boolean test(ToDoubleFunction<String> value);
    }

    private record Or(Node left, Node right) implements Node {
        public boolean test(ToDoubleFunction<String> v) {
            return left.test(v) || right.test(v);
        }
    }

    private record And(Node left, Node right) implements Node {
        public boolean test(ToDoubleFunction<String> v) {
            return left.test(v) && right.test(v);
        }
    }

    /** An operand: an output's value or a number. */
    private record Operand(String name, double number) {
        double value(ToDoubleFunction<String> v) {
            return name == null ? number : v.applyAsDouble(name);
        }
    }

    private record Comparison(Operand left, String op, Operand right) implements Node {
        public boolean test(ToDoubleFunction<String> v) {
            double a = left.value(v);
            double b = right.value(v);
            if (Double.isNaN(a) || Double.isNaN(b)) {
                return false;
            }
            return switch (op) {
                case "<" -> a < b;
                case "<=" -> a <= b;
                case ">" -> a > b;
                case ">=" -> a >= b;
                case "==" -> a == b;
                default -> a != b;
            };
        }
    }

    private enum Kind { NAME, NUMBER, OP, AND, OR, OPEN, CLOSE, END }

    private record Token(Kind kind, String text, int position) {
    }

    private static final class Parser {
        private final String text;
        private final Set<String> outputs;
        private final List<Token> tokens;
        private final Set<String> names = new TreeSet<>();
        private int next;
        private int depth;

        Parser(String text, Set<String> outputs) {
            this.text = text;
            this.outputs = outputs;
            this.tokens = tokenize(text);
        }

        Node or() {
            Node left = and();
            while (peek().kind == Kind.OR) {
                next++;
                left = new Or(left, and());
            }
            return left;
        }

        Node and() {
            Node left = atom();
            while (peek().kind == Kind.AND) {
                next++;
                left = new And(left, atom());
            }
            return left;
        }

        Node atom() {
            Token t = peek();
            if (t.kind == Kind.OPEN) {
                if (++depth > MAX_DEPTH) {
                    throw error("parentheses nested more than " + MAX_DEPTH + " deep; write the condition with fewer", t);
                }
                next++;
                Node inner = or();
                depth--;
                if (peek().kind != Kind.CLOSE) {
                    throw error("expected ')' to close the '(' at position " + (t.position + 1), peek());
                }
                next++;
                return inner;
            }
            Operand left = operand();
            Token op = peek();
            if (op.kind != Kind.OP) {
                throw error("expected a comparison (<, <=, >, >=, ==, !=)", op);
            }
            next++;
            Operand right = operand();
            if (left.name() == null && right.name() == null) {
                throw error("a comparison needs an output name on one side", op);
            }
            return new Comparison(left, op.text, right);
        }

        Operand operand() {
            Token t = peek();
            if (t.kind == Kind.NUMBER) {
                next++;
                return new Operand(null, Double.parseDouble(t.text));
            }
            if (t.kind == Kind.NAME) {
                if (!outputs.contains(t.text)) {
                    throw new InvalidInputException("--where: unknown output '" + t.text + "' at position "
                            + (t.position + 1) + " of \"" + text + "\" (outputs: " + String.join(", ", new TreeSet<>(outputs))
                            + ")");
                }
                next++;
                names.add(t.text);
                return new Operand(t.text, Double.NaN);
            }
            throw error("expected an output name or a number", t);
        }

        Token peek() {
            return tokens.get(next);
        }

        InvalidInputException error(String what, Token at) {
            String found = at.kind == Kind.END ? "the end" : "'" + at.text + "'";
            return new InvalidInputException("--where: " + what + " at position " + (at.position + 1) + " of \""
                    + text + "\", found " + found);
        }

        private List<Token> tokenize(String s) {
            List<Token> out = new ArrayList<>();
            int i = 0;
            while (i < s.length()) {
                char c = s.charAt(i);
                if (Character.isWhitespace(c)) {
                    i++;
                } else if (c == '(' || c == ')') {
                    out.add(new Token(c == '(' ? Kind.OPEN : Kind.CLOSE, String.valueOf(c), i));
                    i++;
                } else if ("<>=!≤≥".indexOf(c) >= 0) {
                    int start = i;
                    String op;
                    if (c == '≤' || c == '≥') {
                        op = c == '≤' ? "<=" : ">=";
                        i++;
                    } else if (i + 1 < s.length() && s.charAt(i + 1) == '=') {
                        op = s.substring(i, i + 2);
                        i += 2;
                    } else {
                        op = String.valueOf(c);
                        i++;
                    }
                    if (op.equals("=") || op.equals("!")) {
                        throw new InvalidInputException("--where: '" + op + "' at position " + (start + 1) + " of \""
                                + s + "\" is not a comparison; use ==, !=, <, <=, > or >=");
                    }
                    out.add(new Token(Kind.OP, op, start));
                } else if (Character.isDigit(c) || c == '.' || ((c == '-' || c == '+') && startsNumber(s, i, out))) {
                    int start = i;
                    i++;
                    while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.'
                            || s.charAt(i) == 'e' || s.charAt(i) == 'E' || s.charAt(i) == '_'
                            || ((s.charAt(i) == '-' || s.charAt(i) == '+')
                                && (s.charAt(i - 1) == 'e' || s.charAt(i - 1) == 'E')))) {
                        i++;
                    }
                    String number = s.substring(start, i).replace("_", "");
                    try {
                        Double.parseDouble(number);
                    } catch (NumberFormatException e) {
                        throw new InvalidInputException("--where: '" + s.substring(start, i) + "' at position "
                                + (start + 1) + " of \"" + s + "\" is not a number");
                    }
                    out.add(new Token(Kind.NUMBER, number, start));
                } else if (Character.isLetter(c) || c == '_') {
                    int start = i;
                    while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_'
                            || s.charAt(i) == '.')) {
                        i++;
                    }
                    String word = s.substring(start, i);
                    String lower = word.toLowerCase(Locale.ROOT);
                    Kind kind = lower.equals("and") ? Kind.AND : lower.equals("or") ? Kind.OR : Kind.NAME;
                    out.add(new Token(kind, word, start));
                } else {
                    throw new InvalidInputException("--where: unexpected '" + c + "' at position " + (i + 1) + " of \""
                            + s + "\"");
                }
            }
            out.add(new Token(Kind.END, "", s.length()));
            return out;
        }

        /** A sign starts a number where an operand is expected: at the start, after an operator or '('. */
        private static boolean startsNumber(String s, int i, List<Token> before) {
            boolean operandExpected = before.isEmpty() || before.get(before.size() - 1).kind == Kind.OP
                    || before.get(before.size() - 1).kind == Kind.OPEN || before.get(before.size() - 1).kind == Kind.AND
                    || before.get(before.size() - 1).kind == Kind.OR;
            return operandExpected && i + 1 < s.length() && (Character.isDigit(s.charAt(i + 1)) || s.charAt(i + 1) == '.');
        }
    }
}
