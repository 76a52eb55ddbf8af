package org.casebridge.platform.web;

/** The bounds of a list's {@code page} and {@code size} parameters, one rule for every list endpoint. */
public final class PageBounds {

    private PageBounds() {
    }

    /**
     * The offset of the page's first row; {@link InvalidFieldException} (400) for a negative page or a size outside
     * 1 to {@code maxSize}. A long: a page far beyond the end is an empty page, not an overflow.
     */
    public static long offset(int page, int size, int maxSize) {
        if (page < 0) {
            throw new InvalidFieldException("page", "must be 0 or more");
        }
        if (size < 1 || size > maxSize) {
            throw new InvalidFieldException("size", "must be between 1 and " + maxSize);
        }
        return (long) page * size;
    }
}
