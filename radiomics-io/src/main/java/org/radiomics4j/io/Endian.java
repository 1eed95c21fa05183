package org.radiomics4j.io;

import java.nio.ByteOrder;

/** Byte order of multi-byte samples in a file written by radiomics4j. */
public enum Endian {
    /** Least significant byte first (x86, ARM; the usual choice). */
    LITTLE(ByteOrder.LITTLE_ENDIAN),
    /** Most significant byte first. */
    BIG(ByteOrder.BIG_ENDIAN);

    private final ByteOrder order;

    Endian(ByteOrder order) {
        this.order = order;
    }

    /** The matching {@link ByteOrder}. */
    public ByteOrder order() {
        return order;
    }
}
