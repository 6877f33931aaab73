package dsim.engine;

/** What the engine calls for each event it pops; the model's single dispatch point. */
@FunctionalInterface
public interface EventHandler {

    /** Handles the event in {@code slot} of the pool at simulated time {@code now}. */
    void handle(int slot, long now);
}
