package org.radiomics4j.core.image;

/**
 * An image and a mask (or two images) do not share a voxel grid. The message says which property differs
 * (size, spacing, origin or direction) and both values.
 */
public class GeometryMismatchException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public GeometryMismatchException(String message) {
        super(message);
    }
}
