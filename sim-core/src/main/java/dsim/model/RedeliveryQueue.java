package dsim.model;

/**
 * One broker's redelivery deadlines in delivery order. The timeout is the same for every
 * delivery of a broker, so deadlines arrive already sorted: a ring buffer holds them, and
 * the engine needs one timer per broker (for the earliest) instead of one per delivery,
 * which would mostly fire after the ack and do nothing.
 */
final class RedeliveryQueue {

    private long[] deadline = new long[64];
    private int[] entry = new int[64];
    private int[] generation = new int[64];
    private int[] delivery = new int[64];
    private int head;
    private int size;

    boolean isEmpty() {
        return size == 0;
    }

    /** Adds a delivery's deadline; deadlines must not decrease. */
    void add(long at, int e, int gen, int deliveryNumber) {
        if (size == deadline.length) {
            grow();
        }
        int i = (head + size++) & (deadline.length - 1);
        deadline[i] = at;
        entry[i] = e;
        generation[i] = gen;
        delivery[i] = deliveryNumber;
    }

    long headDeadline() {
        return deadline[head];
    }

    int headEntry() {
        return entry[head];
    }

    int headGeneration() {
        return generation[head];
    }

    int headDelivery() {
        return delivery[head];
    }

    void removeHead() {
        head = (head + 1) & (deadline.length - 1);
        size--;
    }

    private void grow() {
        int n = deadline.length;
        long[] d = new long[2 * n];
        int[] e = new int[2 * n];
        int[] g = new int[2 * n];
        int[] v = new int[2 * n];
        for (int k = 0; k < size; k++) {
            int i = (head + k) & (n - 1);
            d[k] = deadline[i];
            e[k] = entry[i];
            g[k] = generation[i];
            v[k] = delivery[i];
        }
        deadline = d;
        entry = e;
        generation = g;
        delivery = v;
        head = 0;
    }
}
