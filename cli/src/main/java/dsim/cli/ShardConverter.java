package dsim.cli;

import dsim.sweep.Shard;
import dsim.text.Echo;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Parses {@code --shard I/N}: shard {@code I} of {@code N}, counted from 0 as Kubernetes'
 * {@code JOB_COMPLETION_INDEX} is, so {@code --shard $JOB_COMPLETION_INDEX/3} needs no arithmetic.
 */
final class ShardConverter implements ITypeConverter<Shard> {

    /** More shards than this is a typo, not a cluster: each shard is a JVM of its own. */
    static final int MAX_SHARDS = 100_000;

    @Override
    public Shard convert(String value) {
        String[] parts = value.strip().split("/", -1);
        try {
            if (parts.length == 2) {
                int index = Integer.parseInt(parts[0].strip());
                int count = Integer.parseInt(parts[1].strip());
                if (count >= 1 && count <= MAX_SHARDS && index >= 0 && index < count) {
                    return new Shard(index, count);
                }
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new TypeConversionException("expected I/N, shard I of N counted from 0 (0/3, 1/3 and 2/3 are the three "
                + "shards of three; N at most " + MAX_SHARDS + "), got '" + Echo.of(value) + "'");
    }
}
