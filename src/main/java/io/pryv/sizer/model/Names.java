package io.pryv.sizer.model;

import java.util.List;

/** Lists of names (zones) as the outputs print them: cut when long, so a line stays a line. */
public final class Names {
    private Names() {}

    /** "A, B, C and 4 more" past {@code shown} + 1 names; every name when there are at most that many. */
    public static String shortList(List<String> names, int shown) {
        int named = named(names.size(), shown);
        return named == names.size() ? String.join(", ", names)
                : String.join(", ", names.subList(0, named)) + " and " + Numbers.format(names.size() - named) + " more";
    }

    /** How many of {@code size} names a list shows: all up to {@code shown} + 1, as "and 1 more" saves nothing. */
    static int named(int size, int shown) {
        return size <= shown + 1 ? size : shown;
    }
}
