package dsim.report.compare;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VerdictTest {

    @Test
    void paragraph_fixture_saysWhatEachLostAndDuplicatedInPlainWords() {
        String v = Verdict.paragraph(CompareFixture.plain().comparison());
        assertTrue(v.startsWith("Over 5 seeds of 200 messages: at-most-once lost "), v);
        assertTrue(v.contains("at-least-once lost none in 5 seeds but processed "), v);
        assertTrue(v.contains("exactly-once processed every message exactly once in 5 seeds."), v);
    }

    @Test
    void cheapest_withCosts_namesTheSemanticsAndItsCost() {
        String v = Verdict.cheapest(CompareFixture.plain().comparison());
        assertTrue(v.startsWith("Cheapest at these costs (lost message 10, extra processing 1, packet 0.01): "
                + "exactly-once ("), v);
        assertTrue(v.contains(" per 1,000 messages ["), v);
    }

    @Test
    void costsText_costs_listsThemInTheFilesTerms() {
        assertEquals("lost message 10, extra processing 1, packet 0.01",
                Verdict.costsText(CompareFixture.plain().comparison().scenario().costs()));
    }
}
