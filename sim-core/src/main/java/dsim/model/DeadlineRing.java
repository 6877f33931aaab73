package dsim.model;

/**
 * Timers that fall due in the order they were set, each a due time plus three ints that
 * its owner defines. When every timer of a kind waits the same time, due times arrive
 * sorted, so a ring buffer holds them and the owner keeps one engine event for the
 * earliest, instead of one event per timer that would mostly fire after its work was done.
 */
final class DeadlineRing {

    private long[] due = new long[64];
    private int[] a = new int[64];
    private int[] b = new int[64];
    private int[] c = new int[64];
    private int head;
    private int size;

    boolean isEmpty() {
        return size == 0;
    }

    /** Adds a timer; due times must not decrease. */
    void add(long at, int first, int second, int third) {
        if (size == due.length) {
            grow();
        }
        int i = (head + size++) & (due.length - 1);
        due[i] = at;
        a[i] = first;
        b[i] = second;
        c[i] = third;
    }

    long headDue() {
        return due[head];
    }

    int headFirst() {
        return a[head];
    }

    int headSecond() {
        return b[head];
    }

    int headThird() {
        return c[head];
    }

    void removeHead() {
        head = (head + 1) & (due.length - 1);
        size--;
    }

    private void grow() {
        int n = due.length;
        long[] d = new long[2 * n];
        int[] x = new int[2 * n];
        int[] y = new int[2 * n];
        int[] z = new int[2 * n];
        for (int k = 0; k < size; k++) {
            int i = (head + k) & (n - 1);
            d[k] = due[i];
            x[k] = a[i];
            y[k] = b[i];
            z[k] = c[i];
        }
        due = d;
        a = x;
        b = y;
        c = z;
        head = 0;
    }
}
