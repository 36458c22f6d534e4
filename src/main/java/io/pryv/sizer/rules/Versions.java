package io.pryv.sizer.rules;

import io.pryv.sizer.model.SystemRequirement.Met;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Compares software versions such as "20.10.7" or "v1.29.2" part by part, as numbers. */
public final class Versions {
    private static final Pattern VERSION = Pattern.compile("^\\s*v?(\\d+(?:\\.\\d+)*)");

    private Versions() {}

    /** True when {@code planned} is a readable version at or above {@code minimum}; false when blank or unreadable. */
    public static boolean atLeast(String planned, String minimum) {
        int[] a = parse(planned);
        int[] b = parse(minimum);
        if (a == null || b == null) return false;
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            int x = i < a.length ? a[i] : 0;
            int y = i < b.length ? b[i] : 0;
            if (x != y) return x > y;
        }
        return true;
    }

    /** Whether the questionnaire states a version at all; the requirements and the findings agree on it. */
    public static boolean stated(String version) {
        return version != null && !version.isBlank();
    }

    /** Whether a planned version meets the minimum: unknown when it is not stated (blank). */
    public static Met meets(String planned, String minimum) {
        return stated(planned) ? Met.of(atLeast(planned, minimum)) : Met.UNKNOWN;
    }

    public static boolean readable(String version) {
        return parse(version) != null;
    }

    /** The planned version as the outputs show it. */
    public static String planned(String version) {
        return stated(version) ? version.strip() : "not stated";
    }

    private static int[] parse(String version) {
        if (version == null) return null;
        Matcher m = VERSION.matcher(version);
        if (!m.find()) return null;
        String[] parts = m.group(1).split("\\.");
        int[] numbers = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].length() > 9) return null;
            numbers[i] = Integer.parseInt(parts[i]);
        }
        return numbers;
    }
}
