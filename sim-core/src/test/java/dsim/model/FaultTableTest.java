package dsim.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FaultTableTest {

    @Test
    void find_aScriptOfManyFaults_answersEachByItsPlace_andNothingElse() {
        FaultTable.Builder b = new FaultTable.Builder();
        int n = 60_000;
        for (int i = 0; i < n; i++) {
            b.add(i % 7, 3, 1_000L + i, i % 5, i);
        }
        FaultTable t = b.build();
        for (int i = 0; i < n; i++) {
            assertEquals(i, t.find(i % 7, 3, 1_000L + i, i % 5));
        }
        assertEquals(-1, t.find(0, 3, 1_000L, 1), "another instance of the same packet");
        assertEquals(-1, t.find(0, 4, 1_000L, 0), "another link");
        assertEquals(-1, t.find(1, 3, 1_000L, 0), "another sender");
        assertEquals(-1, t.find(0, 3, 999L, 0), "another message");
    }

    @Test
    void find_twoFaultsOnOnePacket_answersTheEarlierInTheScript() {
        FaultTable.Builder b = new FaultTable.Builder();
        b.add(1, 2, 42L, 7L, 3);
        b.add(1, 2, 42L, 7L, 1);
        b.add(1, 2, 43L, 7L, 2);
        FaultTable t = b.build();
        assertEquals(1, t.find(1, 2, 42L, 7L), "the fault earlier in the script, whatever the order added");
        assertEquals(2, t.find(1, 2, 43L, 7L));
    }

    @Test
    void find_inAnEmptyTable_findsNothing() {
        FaultTable t = new FaultTable.Builder().build();
        assertTrue(t.isEmpty());
        assertEquals(-1, t.find(0, 0, 0L, 0L));
    }
}
