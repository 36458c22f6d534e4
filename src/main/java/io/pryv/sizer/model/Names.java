package io.pryv.sizer.model;

import java.util.List;

/** Lists of names (zones) as the outputs print them: cut when long, so a line stays a line. */
public final class Names {
    private Names() {}

    /** "A, B, C and 4 more" past {@code shown} + 1 names; every name when there are at most that many. */
    public static String shortList(List<String> names, int shown) {
        return names.size() <= shown + 1 ? String.join(", ", names)
                : String.join(", ", names.subList(0, shown)) + " and " + Numbers.format(names.size() - shown) + " more";
    }
}
