package alliancesim.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import alliancesim.files.InvalidInputException;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WhereExpressionTest {
    private static final Set<String> OUTPUTS = Set.of("a", "b", "front_balance", "shells_transferred");

    private static boolean eval(String text, Map<String, Double> values) {
        return WhereExpression.parse(text, OUTPUTS).test(values::get);
    }

    @Test
    void comparisonsCompare() {
        Map<String, Double> v = Map.of("a", 1.0, "b", 2.0);
        assertTrue(eval("a < 2", v));
        assertFalse(eval("a < 1", v));
        assertTrue(eval("a <= 1", v));
        assertTrue(eval("b > 1.5", v));
        assertTrue(eval("b >= 2", v));
        assertTrue(eval("a == 1", v));
        assertTrue(eval("a != 2", v));
        assertTrue(eval("a < b", v));
        assertTrue(eval("-1 < a", v));
        assertTrue(eval("a > -1e-3", v));
        assertTrue(eval("b ≥ 2", v));
    }

    @Test
    void andBindsTighterThanOrAndParenthesesRegroup() {
        Map<String, Double> v = Map.of("a", 1.0, "b", 2.0);
        // true or (false and false) = true; (true or false) and false = false
        assertTrue(eval("a == 1 or b == 0 and a == 0", v));
        assertFalse(eval("(a == 1 or b == 0) and a == 0", v));
        assertTrue(eval("a == 1 AND (b < 0 OR b > 1)", v));
    }

    @Test
    void aMissingValueSatisfiesNoComparison() {
        Map<String, Double> v = Map.of("a", Double.NaN, "b", 2.0);
        assertFalse(eval("a < 1", v));
        assertFalse(eval("a >= 1", v));
        assertFalse(eval("a != 1", v));
    }

    @Test
    void anUnknownOutputIsNamedWithItsPosition() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> WhereExpression.parse("a < 1 and front < 0", OUTPUTS));
        assertTrue(e.getMessage().contains("unknown output 'front' at position 11"), e.getMessage());
        assertTrue(e.getMessage().contains("front_balance"), "lists the outputs: " + e.getMessage());
    }

    @Test
    void malformedExpressionsNameThePosition() {
        assertEquals("--where: expected an output name or a number at position 4 of \"a <\", found the end",
                assertThrows(InvalidInputException.class, () -> WhereExpression.parse("a <", OUTPUTS)).getMessage());
        assertTrue(assertThrows(InvalidInputException.class, () -> WhereExpression.parse("a = 1", OUTPUTS))
                .getMessage().contains("'=' at position 3"));
        assertTrue(assertThrows(InvalidInputException.class, () -> WhereExpression.parse("(a < 1", OUTPUTS))
                .getMessage().contains("expected ')' to close the '(' at position 1"));
        assertTrue(assertThrows(InvalidInputException.class, () -> WhereExpression.parse("a < 1 b > 2", OUTPUTS))
                .getMessage().contains("at position 7"));
        assertTrue(assertThrows(InvalidInputException.class, () -> WhereExpression.parse("1 < 2", OUTPUTS))
                .getMessage().contains("needs an output name"));
        assertTrue(assertThrows(InvalidInputException.class, () -> WhereExpression.parse("a < 1 & b", OUTPUTS))
                .getMessage().contains("unexpected '&' at position 7"));
        assertTrue(assertThrows(InvalidInputException.class, () -> WhereExpression.parse("a", OUTPUTS))
                .getMessage().contains("expected a comparison"));
    }

    @Test
    void deepNestingAndHugeConditionsAreRefusedNotAStackOverflow() {
        String deep = "(".repeat(10_000) + "a < 1" + ")".repeat(10_000);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> WhereExpression.parse(deep, OUTPUTS));
        assertTrue(e.getMessage().contains("the condition is 20005 characters long; at most 2000"), e.getMessage());
        String nested = "(".repeat(40) + "a < 1" + ")".repeat(40);
        e = assertThrows(InvalidInputException.class, () -> WhereExpression.parse(nested, OUTPUTS));
        assertTrue(e.getMessage().contains("parentheses nested more than 32 deep"), e.getMessage());
        String ok = "(".repeat(32) + "a < 1" + ")".repeat(32);
        assertTrue(WhereExpression.parse(ok, OUTPUTS).test(Map.of("a", 0.0)::get));
    }
}
