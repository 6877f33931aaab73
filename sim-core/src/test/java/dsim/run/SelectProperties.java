package dsim.run;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Selecting a rank gives what sorting would. */
class SelectProperties {

    @Provide
    Arbitrary<long[]> values() {
        Arbitrary<long[]> random = Arbitraries.longs().array(long[].class).ofMinSize(1).ofMaxSize(2000);
        Arbitrary<long[]> fewDistinct = Arbitraries.longs().between(0, 3).array(long[].class).ofMinSize(1)
                .ofMaxSize(2000);
        // Ordered and organ-pipe inputs: the patterns that defeat a naive pivot.
        Arbitrary<long[]> patterned = Arbitraries.integers().between(1, 5000).flatMap(n -> Arbitraries.of(
                ascending(n), descending(n), organPipe(n)));
        return Arbitraries.oneOf(random, fewDistinct, patterned);
    }

    @Property(tries = 400)
    void kth_isTheValueAtThatPlaceOnceSorted(@ForAll("values") long[] values,
                                            @ForAll @IntRange(min = 0, max = 1000) int permille) {
        int k = (int) ((long) permille * (values.length - 1) / 1000);
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        assertEquals(sorted[k], Select.kth(values.clone(), values.length, k));
    }

    @Test
    void kth_ofASingleValueInAMillionEqualOnes_takesOneRound() {
        long[] same = new long[1_000_000];
        Arrays.fill(same, 7);
        assertEquals(7, Select.kth(same, same.length, 500_000));
    }

    @Test
    void kth_outsideTheValues_isRefused() {
        assertThrows(IllegalArgumentException.class, () -> Select.kth(new long[3], 3, 3));
        assertThrows(IllegalArgumentException.class, () -> Select.kth(new long[3], 3, -1));
    }

    private static long[] ascending(int n) {
        long[] a = new long[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        return a;
    }

    private static long[] descending(int n) {
        long[] a = new long[n];
        for (int i = 0; i < n; i++) {
            a[i] = n - i;
        }
        return a;
    }

    private static long[] organPipe(int n) {
        long[] a = new long[n];
        for (int i = 0; i < n; i++) {
            a[i] = Math.min(i, n - 1 - i);
        }
        return a;
    }
}
