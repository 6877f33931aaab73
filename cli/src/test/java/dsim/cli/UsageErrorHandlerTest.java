package dsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class UsageErrorHandlerTest {

    @Test
    void closest_keepsOnlyTheNearest() {
        assertEquals(List.of("--seed"), UsageErrorHandler.closest(List.of("--sed"), List.of("--semantics", "--seed")));
        assertEquals(List.of("--seed"), UsageErrorHandler.closest(List.of("--sed=5"), List.of("--semantics", "--seed")));
    }

    @Test
    void closest_nothingToSuggest_isEmpty() {
        assertEquals(List.of(), UsageErrorHandler.closest(List.of("--x"), List.of()));
    }

    @Test
    void distance_isLevenshtein() {
        assertEquals(0, UsageErrorHandler.distance("run", "run"));
        assertEquals(1, UsageErrorHandler.distance("--sed", "--seed"));
        assertEquals(3, UsageErrorHandler.distance("kitten", "sitting"));
    }
}
