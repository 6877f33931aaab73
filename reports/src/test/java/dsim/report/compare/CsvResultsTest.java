package dsim.report.compare;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CsvResultsTest {

    @Test
    void field_plainText_isLeftAsIs() {
        assertEquals("at-most-once", CsvResults.field("at-most-once"));
    }

    @Test
    void field_commaQuoteOrNewline_isQuotedWithQuotesDoubled() {
        assertEquals("\"a,b\"", CsvResults.field("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", CsvResults.field("say \"hi\""));
        assertEquals("\"two\nlines\"", CsvResults.field("two\nlines"));
    }

    @Test
    void render_plain_hasOneRowPerSeedAndSemanticsWithEmptyVariedColumns() {
        String[] lines = new CsvResults().render(CompareFixture.plain()).split("\n");
        assertEquals(1 + CompareFixture.SEEDS * 3, lines.length);
        assertTrue(lines[0].startsWith("scenario,varied_path,varied_value,seed,semantics,produced,lost,"));
        assertTrue(lines[1].startsWith("golden,,,1,at-most-once,200,"), lines[1]);
        assertEquals(RunColumn.values().length, lines[1].split(",", -1).length);
    }

    @Test
    void render_withStudy_hasRowsForEveryValue() {
        String[] lines = new CsvResults().render(CompareFixture.withStudy()).split("\n");
        assertEquals(1 + 2 * CompareFixture.SEEDS * 3, lines.length);
        assertTrue(lines[1].startsWith("golden,network.default.loss,1%,1,at-most-once,"), lines[1]);
        assertTrue(lines[lines.length - 1].startsWith("golden,network.default.loss,10%,5,exactly-once,"));
    }
}
