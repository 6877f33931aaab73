package dsim.random;

/**
 * Standard exponential deviates by Marsaglia and Tsang's ziggurat (J. Stat. Software 5(8),
 * 2000), with 256 layers of equal area under e^-x. Almost every draw (98.9%) is a table
 * lookup and a multiplication: no logarithm, whose result the Java specification lets differ
 * between platforms ({@code Math.log} is a JIT intrinsic) and whose exact form
 * ({@code StrictMath.log}) costs a native call. {@code StrictMath} appears only in the tables,
 * built once, and on the rare wedge and tail draws, so every platform gives the same bits.
 *
 * <p>A draw starts from 64 random bits: the low 8 pick the layer and the top 53 the position
 * in it. The rare draws that need more continue with a SplitMix64 sequence seeded by those
 * bits, so a draw is a pure function of its first 64 bits, as keyed decisions need.
 */
public final class ExponentialZiggurat {

    private static final int LAYERS = 256;
    /** Where the base layer's tail starts. */
    private static final double R = 7.69711747013104972;
    /** The area of each layer: the base layer is a rectangle of width R + 1 and height e^-R. */
    private static final double AREA = (R + 1) * StrictMath.exp(-R);
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    /** Layer i spans x in [0, X[i]) and y in [F[i], F[i+1]); X decreases, F = e^-X increases to 1. */
    private static final double[] X = new double[LAYERS + 1];
    private static final double[] F = new double[LAYERS + 1];

    static {
        X[0] = AREA / StrictMath.exp(-R);
        X[1] = R;
        for (int i = 1; i < LAYERS - 1; i++) {
            X[i + 1] = -StrictMath.log(StrictMath.exp(-X[i]) + AREA / X[i]);
        }
        X[LAYERS] = 0;
        for (int i = 0; i <= LAYERS; i++) {
            F[i] = StrictMath.exp(-X[i]);
        }
        F[0] = 0; // the base layer reaches down to y = 0
        F[LAYERS] = 1;
    }

    private ExponentialZiggurat() {
    }

    /** An exponential deviate of mean 1 from the 64 random bits {@code bits}. */
    public static double sample(long bits) {
        long state = bits;
        long r = bits;
        while (true) {
            int layer = (int) (r & (LAYERS - 1));
            double x = Seeds.toUnit(r) * X[layer];
            if (x < X[layer + 1]) {
                return x; // inside the rectangle wholly under the curve
            }
            state += GOLDEN;
            double u = Seeds.toUnit(Seeds.mix64(state));
            if (layer == 0) {
                return R - StrictMath.log(1.0 - u); // the tail beyond R is R plus an exponential
            }
            if (F[layer] + u * (F[layer + 1] - F[layer]) < StrictMath.exp(-x)) {
                return x; // in the wedge, under the curve
            }
            state += GOLDEN;
            r = Seeds.mix64(state);
        }
    }
}
