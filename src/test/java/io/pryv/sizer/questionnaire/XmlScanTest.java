package io.pryv.sizer.questionnaire;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The reader's byte-level look at XML parts: nesting depth and DOCTYPE, never fooled by what XML allows. */
class XmlScanTest {

    private static String scan(String xml) {
        SafeWorkbookOpener.XmlScan scan = new SafeWorkbookOpener.XmlScan();
        for (byte b : xml.getBytes(StandardCharsets.UTF_8)) {
            String wrong = scan.next(b);
            if (wrong != null) return wrong;
        }
        return null;
    }

    private static String nested(int depth, String inside) {
        return "<a>".repeat(depth) + inside + "</a>".repeat(depth);
    }

    @Test
    void countsOpenAndCloseTagsAndSelfClosingOnes() {
        assertThat(scan("<?xml version=\"1.0\"?>" + nested(198, "<b/><c r=\"A1\" t='s'><v>1</v></c>"))).isNull();
        assertThat(scan(nested(201, ""))).isEqualTo("nests its elements more than 200 deep");
        assertThat(scan("<r>" + "<c/>".repeat(10_000) + "</r>")).isNull();
    }

    @Test
    void closingTagsInCommentsCdataInstructionsAndAttributesDoNotHideTheDepth() {
        String hidden = "<!-- </a></a></a> --><![CDATA[ </a></a> ]]]><?pi </a> ?><b x=\"/>\" y='</a>'/>";
        assertThat(scan("<a>".repeat(195) + hidden + "<a>".repeat(6))).isEqualTo("nests its elements more than 200 deep");
        assertThat(scan(nested(199, hidden))).isNull();
    }

    @Test
    void aDoctypeIsRefusedWhereverItStands() {
        assertThat(scan("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e \"e\">]><x>&e;</x>"))
                .isEqualTo("declares a DOCTYPE (XML entities), which Excel never writes");
        assertThat(scan("<?xml version=\"1.0\"?><!-- a comment --><x/>")).isNull();
    }
}
