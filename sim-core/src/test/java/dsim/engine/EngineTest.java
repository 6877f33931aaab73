package dsim.engine;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EngineTest {

    @Test
    void run_onlyBackgroundLeft_stopsQuiescent() {
        Engine engine = new Engine(8);
        List<Long> seen = new ArrayList<>();
        engine.schedule(10, 1, 0, 0, 0, 0, 0, 0, 0, 0);
        engine.scheduleBackground(5, 2, 0, 0, 0, 0, 0, 0, 0, 0);
        engine.scheduleBackground(50, 2, 0, 0, 0, 0, 0, 0, 0, 0);
        Engine.Stop stop = engine.run((slot, now) -> seen.add(now), Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE);
        assertEquals(Engine.Stop.QUIESCENT, stop);
        assertEquals(List.of(5L, 10L), seen);
    }

    @Test
    void run_workPastMaxTime_stopsAtMaxTime() {
        Engine engine = new Engine(8);
        engine.schedule(100, 1, 0, 0, 0, 0, 0, 0, 0, 0);
        assertEquals(Engine.Stop.MAX_TIME, engine.run((slot, now) -> { }, 99, Long.MAX_VALUE, Long.MAX_VALUE));
        assertEquals(99, engine.now());
    }

    @Test
    void run_selfReschedulingWork_stopsAtMaxEvents() {
        Engine engine = new Engine(8);
        engine.schedule(1, 1, 0, 0, 0, 0, 0, 0, 0, 0);
        Engine.Stop stop = engine.run((slot, now) -> engine.schedule(1, 1, 0, 0, 0, 0, 0, 0, 0, 0),
                Long.MAX_VALUE, 1000, Long.MAX_VALUE);
        assertEquals(Engine.Stop.MAX_EVENTS, stop);
        assertEquals(1000, engine.events());
    }

    @Test
    void run_workThatPilesUp_stopsWhenMorePendThanTheLimit() {
        Engine engine = new Engine(8);
        engine.schedule(1, 1, 0, 0, 0, 0, 0, 0, 0, 0);
        // Each event schedules two more: the pending set doubles, and memory with it.
        Engine.Stop stop = engine.run((slot, now) -> {
            engine.schedule(1, 1, 0, 0, 0, 0, 0, 0, 0, 0);
            engine.schedule(1, 1, 0, 0, 0, 0, 0, 0, 0, 0);
        }, Long.MAX_VALUE, Long.MAX_VALUE, 100);
        assertEquals(Engine.Stop.MAX_PENDING, stop);
        assertEquals(100, engine.events(), "one more pending after each event: 101 after the 100th");
    }
}
