package dsim.spec;

/**
 * What each outcome costs, in any one currency, so a comparison can name the cheapest
 * semantics: choose by what you can afford to lose.
 *
 * @param lost         cost of one lost message (never processed), &ge; 0
 * @param duplicate    cost of one extra processing (a message processed twice costs this once), &ge; 0
 * @param packet       cost of one packet sent, &ge; 0
 * @param deadLettered cost of one lost message that sits in a dead-letter queue instead, for a person to
 *                     recover, &ge; 0 (by default the cost of a lost one)
 */
public record CostsSpec(double lost, double duplicate, double packet, double deadLettered) {

    /** Costs where a dead-lettered message costs as much as any lost one. */
    public CostsSpec(double lost, double duplicate, double packet) {
        this(lost, duplicate, packet, lost);
    }
}
