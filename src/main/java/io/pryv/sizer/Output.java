package io.pryv.sizer;

/** The files a sizing writes for a questionnaire, and how each is named after it. */
public enum Output {
    WORKBOOK("-sizing.xlsx"), BRIEF("-brief.pdf"), JSON("-sizing.json"), CSV("-purchase.csv");

    private final String suffix;

    Output(String suffix) {
        this.suffix = suffix;
    }

    public String suffix() {
        return suffix;
    }

    /** {@code clinic.xlsx} → {@code clinic-sizing.xlsx}: the questionnaire's name without extension, plus the suffix. */
    public String fileNameFor(String questionnaireFileName) {
        return baseName(questionnaireFileName) + suffix;
    }

    /** The name outputs are made from: without an Excel extension, so {@code old.xls} gives {@code old-sizing.xlsx}. */
    public static String baseName(String questionnaireFileName) {
        return questionnaireFileName.replaceFirst("(?i)\\.xls[xm]?$", "");
    }

    /** True for a file this tool wrote, so a batch does not take its own outputs for questionnaires. */
    public static boolean isOutputName(String fileName) {
        for (Output o : values()) if (fileName.toLowerCase().endsWith(o.suffix())) return true;
        return fileName.equalsIgnoreCase("batch-summary.xlsx");
    }
}
