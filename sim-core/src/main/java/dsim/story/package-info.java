/**
 * Stories of single messages, told from a run's journal: {@link dsim.story.Recorder} keeps
 * every entry, {@link dsim.story.JournalIndex} finds a message's entries (and the crashes of
 * the nodes it met), {@link dsim.story.Hops} matches each packet with where it ended, and
 * {@link dsim.story.Explanations} names the {@link dsim.story.Cause} of every lost or
 * duplicated message. Everything is computed from the entries, never from counters, so a
 * story is as faithful as the journal it is read from.
 */
package dsim.story;
