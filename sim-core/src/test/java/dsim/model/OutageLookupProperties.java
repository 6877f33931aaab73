package dsim.model;

import dsim.spec.DelaySpec;
import dsim.spec.LinkSpec;
import dsim.spec.LossSpec;
import dsim.spec.OutageSpec;
import dsim.spec.RandomFaults;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A link finds the outage in force at any time as a look at every window would. */
class OutageLookupProperties {

    @Provide
    Arbitrary<List<Integer>> gapsAndLengths() {
        // Alternating gaps (0: windows that touch) and lengths, in nanoseconds.
        return Arbitraries.integers().between(0, 20).list().ofMaxSize(40);
    }

    @Property
    void theOutageInForce_isTheWindowThatCoversTheTime(@ForAll("gapsAndLengths") List<Integer> steps) {
        List<OutageSpec> outages = new ArrayList<>();
        long t = 5;
        for (int i = 0; i + 1 < steps.size(); i += 2) {
            long start = t + steps.get(i);
            long end = start + 1 + steps.get(i + 1);
            outages.add(new OutageSpec(start, end, 0.5));
            t = end;
        }
        Link.Shape shape = new Link.Shape(new LinkSpec(new DelaySpec.Constant(0), LossSpec.NONE, 0, outages),
                RandomFaults.ON);
        for (long now = 0; now <= t + 3; now++) {
            int expected = -1;
            for (int i = 0; i < outages.size(); i++) {
                if (outages.get(i).covers(now)) {
                    expected = i;
                }
            }
            assertEquals(expected, outages.isEmpty() ? -1 : shape.outageAt(now), "at " + now);
        }
    }

    @Example
    void overlappingOrUnsortedWindows_areRefused() {
        assertThrows(IllegalArgumentException.class, () -> new LinkSpec(new DelaySpec.Constant(0), LossSpec.NONE, 0,
                List.of(new OutageSpec(10, 20, 1), new OutageSpec(15, 30, 1))));
        assertThrows(IllegalArgumentException.class, () -> new LinkSpec(new DelaySpec.Constant(0), LossSpec.NONE, 0,
                List.of(new OutageSpec(40, 50, 1), new OutageSpec(10, 20, 1))));
    }
}
