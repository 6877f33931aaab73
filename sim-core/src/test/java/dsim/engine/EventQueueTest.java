package dsim.engine;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventQueueTest {

    @Test
    void pop_equalTimes_comeOutInInsertionOrder() {
        EventQueue q = new EventQueue(4);
        for (int slot = 0; slot < 100; slot++) {
            q.push(5, slot);
        }
        for (int slot = 0; slot < 100; slot++) {
            assertEquals(slot, q.pop());
        }
        assertTrue(q.isEmpty());
    }

    /** Interleaved pushes and pops match a stable sort by (time, push order). */
    @Property(tries = 200)
    void pop_anyPushSequence_matchesStableSortByTime(
            @ForAll @Size(max = 300) List<@LongRange(min = 0, max = 20) Long> times) {
        check(new EventQueue(2), times);
    }

    /**
     * The same with 6 sequence bits and a 16 ns window: renumbering every few dozen pushes
     * and the far heap on most of them, so their rare paths are exercised on every try.
     */
    @Property(tries = 300)
    void pop_tinySequenceAndWindow_stillMatchesStableSortByTime(
            @ForAll @Size(max = 90) List<@LongRange(min = 0, max = 40) Long> times) {
        check(new EventQueue(2, 6, 4), times);
    }

    @Test
    void push_intoThePast_isRefused() {
        EventQueue q = new EventQueue(4);
        q.push(1L << 50, 0); // beyond the window: waits in the far heap
        assertEquals(1L << 50, q.peekTime());
        assertEquals(0, q.pop());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> q.push(5, 1));
    }

    private static void check(EventQueue q, List<Long> times) {
        List<long[]> reference = new ArrayList<>(); // {time, seq}
        List<Long> popped = new ArrayList<>();
        List<Long> expected = new ArrayList<>();
        long now = 0;
        for (int i = 0; i < times.size(); i++) {
            long t = now + times.get(i);
            if (times.get(i) % 2 == 1) {
                q.pushLater(t, i); // the later heap, for any event: the order must not depend on which heap holds it
            } else {
                q.push(t, i);
            }
            reference.add(new long[] {t, i});
            if (i % 3 == 2) {
                reference.sort(Comparator.<long[]>comparingLong(r -> r[0]).thenComparingLong(r -> r[1]));
                long[] head = reference.remove(0);
                expected.add(head[1]);
                now = q.peekTime();
                popped.add((long) q.pop());
            }
        }
        reference.sort(Comparator.<long[]>comparingLong(r -> r[0]).thenComparingLong(r -> r[1]));
        for (long[] r : reference) {
            expected.add(r[1]);
            popped.add((long) q.pop());
        }
        assertEquals(expected, popped);
    }
}
