package dsim.story;

import java.util.List;

/**
 * A cause found in a story, before it becomes an {@link Explanation}.
 *
 * @param cause the cause
 * @param chain positions in the story's entries, in any order (sorted when used), -1s ignored
 * @param text  the clause that tells it, without the message id and outcome
 */
record Finding(Cause cause, List<Integer> chain, String text) {

    static Finding of(Cause cause, String text, Integer... chain) {
        return new Finding(cause, List.of(chain), text);
    }
}
