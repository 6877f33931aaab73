package dsim.story;

import dsim.run.RunResult;
import dsim.journal.TraceEntry;
import dsim.journal.TraceKind;
import dsim.spec.Scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Explains messages from a run's journal: the causal chain behind each lost or duplicated
 * message, its {@link Cause}, and tallies of causes over a run.
 */
public final class Explanations {

    private Explanations() {
    }

    /** Why the message of {@code story} ended as it did, in a run with {@code context}. */
    public static Explanation explain(Story story, RunContext context) {
        StoryFacts facts = new StoryFacts(story, context);
        int processings = story.processings();
        MessageOutcome outcome = MessageOutcome.of(processings);
        String id = story.messageId();
        Finding found = switch (outcome) {
            case LOST -> LossCauses.find(facts);
            case DUPLICATED -> DuplicateCauses.find(facts);
            case PROCESSED_ONCE -> once(facts);
        };
        String head = switch (outcome) {
            case LOST -> id + " was lost: ";
            case DUPLICATED -> id + " was processed " + Words.times(processings) + ": ";
            case PROCESSED_ONCE -> id + " was processed once: ";
        };
        return new Explanation(id, outcome, found.cause(), chain(story, found.chain()), head + found.text() + ".");
    }

    /** Explanations of every lost or duplicated message of the run, in creation order. */
    public static List<Explanation> explainAll(JournalIndex index, RunContext context) {
        List<Explanation> all = new ArrayList<>();
        for (String id : index.messageIds()) {
            if (index.processings(id) != 1) {
                all.add(explain(index.story(id), context));
            }
        }
        return all;
    }

    /**
     * How many lost or duplicated messages each cause explains in one run, most frequent first
     * (ties in {@link Cause} order).
     */
    public static Map<Cause, Long> tally(List<TraceEntry> journal, Scenario scenario, RunResult result) {
        return tally(explainAll(JournalIndex.of(journal), RunContext.of(scenario, result)));
    }

    /** Counts {@code explanations} by cause, most frequent first (ties in {@link Cause} order). */
    public static Map<Cause, Long> tally(List<Explanation> explanations) {
        Map<Cause, Long> counts = new EnumMap<>(Cause.class);
        for (Explanation x : explanations) {
            counts.merge(x.cause(), 1L, Long::sum);
        }
        return sorted(counts);
    }

    /** {@code counts} as an ordered map: highest count first, ties in {@link Cause} order. */
    public static Map<Cause, Long> sorted(Map<Cause, Long> counts) {
        List<Map.Entry<Cause, Long>> entries = new ArrayList<>(counts.entrySet());
        entries.sort(Map.Entry.<Cause, Long>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        Map<Cause, Long> out = new LinkedHashMap<>();
        entries.forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    private static Finding once(StoryFacts f) {
        int p = f.processed().get(0);
        List<String> setbacks = new ArrayList<>();
        count(setbacks, f, TraceKind.DROPPED, "dropped packet", "dropped packets");
        count(setbacks, f, TraceKind.RETRIED, "retry", "retries");
        count(setbacks, f, TraceKind.REDELIVERED, "redelivery", "redeliveries");
        count(setbacks, f, TraceKind.DEDUPLICATED, "duplicate skipped by the dedup store", "duplicates skipped by the dedup store");
        count(setbacks, f, TraceKind.DEDUPLICATED_AT_BROKER, "retry dropped by the broker", "retries dropped by the broker");
        String despite = setbacks.isEmpty() ? "" : ", after " + joined(setbacks);
        return Finding.of(Cause.NONE, "by " + f.at(p).node() + " at " + f.time(p) + despite, p);
    }

    /** {@code a}, {@code a and b}, {@code a, b and c}. */
    private static String joined(List<String> parts) {
        int last = parts.size() - 1;
        return last == 0 ? parts.get(0) : String.join(", ", parts.subList(0, last)) + " and " + parts.get(last);
    }

    private static void count(List<String> out, StoryFacts f, TraceKind kind, String one, String many) {
        int n = f.all(x -> x.kind() == kind).size();
        if (n > 0) {
            out.add(n + " " + (n == 1 ? one : many));
        }
    }

    private static List<TraceEntry> chain(Story story, List<Integer> positions) {
        TreeSet<Integer> sorted = new TreeSet<>();
        for (Integer p : positions) {
            if (p != null && p >= 0) {
                sorted.add(p);
            }
        }
        List<TraceEntry> chain = new ArrayList<>(sorted.size());
        sorted.forEach(p -> chain.add(story.entries().get(p)));
        return chain;
    }
}
