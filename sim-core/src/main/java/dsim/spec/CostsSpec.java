package dsim.spec;

/**
 * What each outcome costs, in any one currency, so a comparison can name the cheapest
 * semantics: choose by what you can afford to lose.
 *
 * @param lost      cost of one lost message (never processed), &ge; 0
 * @param duplicate cost of one extra processing (a message processed twice costs this once), &ge; 0
 * @param packet    cost of one packet sent, &ge; 0
 */
public record CostsSpec(double lost, double duplicate, double packet) {
}
