package dsim.benchmarks;

import dsim.bench.HoldModel;
import dsim.engine.EventQueue;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.eventlist.BinaryTree;
import umontreal.ssj.simevents.eventlist.EventList;
import umontreal.ssj.simevents.eventlist.Henriksen;
import umontreal.ssj.simevents.eventlist.RedblackTree;
import umontreal.ssj.simevents.eventlist.SplayTree;

/**
 * One hold step (pop the earliest, push one at now + Exp(1 ms)) with N events pending, on
 * dsim's event queue and on SSJ's event lists. Every engine runs in its own fork, so each
 * fork's JIT sees one queue type only and inlines it; the ratio of two scores is the ratio
 * of the queues. SSJ gets its most favourable use: the popped event object is rescheduled,
 * so it allocates nothing per step, like dsim.
 */
@State(Scope.Thread)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class HoldBenchmark {

    @Param({"1000", "100000"})
    public int pending;

    @Param({"dsim", "ssj-henriksen", "ssj-splay-tree", "ssj-red-black-tree", "ssj-binary-tree"})
    public String engine;

    private Hold hold;

    @Setup
    public void fill() {
        long[] gaps = HoldModel.gaps(1);
        hold = switch (engine) {
            case "dsim" -> new DsimHold(gaps);
            case "ssj-henriksen" -> new SsjHold(new Henriksen(), gaps);
            case "ssj-splay-tree" -> new SsjHold(new SplayTree(), gaps);
            case "ssj-red-black-tree" -> new SsjHold(new RedblackTree(), gaps);
            case "ssj-binary-tree" -> new SsjHold(new BinaryTree(), gaps);
            default -> throw new IllegalArgumentException("unknown engine " + engine);
        };
        hold.fill(pending);
    }

    @Benchmark
    public long holdStep() {
        return hold.step();
    }

    /** One queue under the hold model. */
    private interface Hold {
        void fill(int pending);

        /** Pops the earliest event and reschedules it; returns the time popped. */
        long step();
    }

    private static final class DsimHold implements Hold {
        private final EventQueue queue = new EventQueue(1024);
        private final long[] gaps;
        private int next;

        DsimHold(long[] gaps) {
            this.gaps = gaps;
        }

        @Override
        public void fill(int pending) {
            for (int i = 0; i < pending; i++) {
                queue.push(gaps[next++ & (gaps.length - 1)], i);
            }
        }

        @Override
        public long step() {
            long now = queue.peekTime();
            int slot = queue.pop();
            queue.push(now + gaps[next++ & (gaps.length - 1)], slot);
            return now;
        }
    }

    private static final class SsjHold implements Hold {
        private final EventList list;
        private final long[] gaps;
        private int next;

        SsjHold(EventList list, long[] gaps) {
            this.list = list;
            this.gaps = gaps;
        }

        @Override
        public void fill(int pending) {
            for (int i = 0; i < pending; i++) {
                Tick event = new Tick();
                event.at(gaps[next++ & (gaps.length - 1)]);
                list.add(event);
            }
        }

        @Override
        public long step() {
            Tick event = (Tick) list.removeFirst();
            double now = event.time();
            event.at(now + gaps[next++ & (gaps.length - 1)]);
            list.add(event);
            return (long) now;
        }
    }

    /** An SSJ event that does nothing: the hold model only moves it through the list. */
    private static final class Tick extends Event {
        /**
         * Sets the event's time directly, as SSJ's own simulator does between popping and
         * rescheduling ({@code setTime} refuses an event it believes is still scheduled).
         */
        void at(double time) {
            eventTime = time;
        }

        @Override
        public void actions() {
        }
    }
}
