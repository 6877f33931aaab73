package dsim.report.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShelfTest {

    @Test
    void order_claimsInTeachingOrder_thenOthersByName() {
        List<String> files = List.of("zeta.yaml", "bursty-loss.yaml", "alpha.yaml", "metrics.yaml", "orders.yaml");

        assertEquals(List.of("metrics.yaml", "orders.yaml", "bursty-loss.yaml", "alpha.yaml", "zeta.yaml"),
                Shelf.order(files));
    }

    @Test
    void contrast_ofAFileThatComparesTwoSettings_namesTheOtherSide() {
        assertEquals("after-persist", Shelf.contrast("broker-ack-before-persist.yaml").value());
        assertNull(Shelf.contrast("orders.yaml"));
        assertNull(Shelf.contrast("not-on-the-shelf.yaml"));
    }

    @Test
    void everyContrast_statesWhatHoldsOnItsOtherSide() {
        for (Shelf.Place p : Shelf.places()) {
            if (p.contrast() != null) {
                assertFalse(p.contrast().expect().isEmpty(), p.file());
            }
        }
    }
}
