package dsim.report.compare;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

class StudyChartTest {

    @Test
    void positions_percentages_sitAtTheirValue() {
        assertArrayEquals(new double[] {0, 0.01, 0.1}, StudyChart.positions(List.of("0", "1%", "10%")), 1e-12);
    }

    @Test
    void positions_durations_sitAtTheirNanoseconds() {
        assertArrayEquals(new double[] {5e8, 2e9}, StudyChart.positions(List.of("500ms", "2s")), 1e-3);
    }

    @Test
    void positions_wordsOrDecreasingValues_areSpacedEvenly() {
        assertArrayEquals(new double[] {0, 1}, StudyChart.positions(List.of("memory", "durable")));
        assertArrayEquals(new double[] {0, 1, 2}, StudyChart.positions(List.of("8", "3", "1")));
    }
}
