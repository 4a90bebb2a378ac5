package alliancesim.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class StatedNumberTest {
    @Test
    void digitsWithSeparatorsDecimalsAndMultiplierWords() {
        assertEquals(Optional.of(new StatedNumber(11000, false)), StatedNumber.in("an estimated 11,000 troops"));
        assertEquals(Optional.of(new StatedNumber(3e6, false)), StatedNumber.in("about 3 million shells"));
        assertEquals(Optional.of(new StatedNumber(2.5e6, false)), StatedNumber.in("2.5 M rounds"));
        assertEquals(Optional.of(new StatedNumber(26.6e9, false)), StatedNumber.in("USD 26.6 bn"));
        assertEquals(Optional.of(new StatedNumber(6700, false)), StatedNumber.in("6700 containers"));
        assertEquals(Optional.of(new StatedNumber(12, false)), StatedNumber.in("a dozen missiles"));
    }

    @Test
    void pluralRoundWordsStateOnlyALowerBound() {
        assertEquals(Optional.of(new StatedNumber(1000, true)), StatedNumber.in("thousands of workers"));
        assertEquals(Optional.of(new StatedNumber(1e5, true)), StatedNumber.in("hundreds of thousands of shells"));
        assertEquals(Optional.of(new StatedNumber(1e6, true)), StatedNumber.in("millions of rounds"));
    }

    @Test
    void wordsWithoutACountStateNothing() {
        assertEquals(Optional.empty(), StatedNumber.in("possibly ballistic missiles"));
        assertEquals(Optional.empty(), StatedNumber.in("the thousand-mile front"));
    }

    @Test
    void agreementFollowsTheBound() {
        StatedNumber exact = new StatedNumber(11000, false);
        assertTrue(exact.agrees(11000, Provenance.Bound.VALUE));
        assertFalse(exact.agrees(11001, Provenance.Bound.VALUE));
        assertTrue(exact.agrees(20000, Provenance.Bound.LOWER));
        assertFalse(exact.agrees(20000, Provenance.Bound.UPPER));
        StatedNumber thousands = new StatedNumber(1000, true);
        assertTrue(thousands.agrees(5000, Provenance.Bound.LOWER));
        assertFalse(thousands.agrees(1000, Provenance.Bound.VALUE));
        assertFalse(thousands.agrees(500, Provenance.Bound.UPPER));
    }
}
