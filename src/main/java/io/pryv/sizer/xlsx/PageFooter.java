package io.pryv.sizer.xlsx;

import org.apache.poi.ss.usermodel.Sheet;

/** The footer of every printed page of the tool's workbooks, questionnaire and results alike: sheet name, page of pages. */
public final class PageFooter {
    private PageFooter() {}

    public static void apply(Sheet sheet) {
        sheet.getFooter().setLeft("&A");
        sheet.getFooter().setRight("Page &P of &N");
    }
}
