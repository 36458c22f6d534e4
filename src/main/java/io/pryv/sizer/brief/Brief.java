package io.pryv.sizer.brief;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import io.pryv.sizer.files.AtomicWrite;
import io.pryv.sizer.model.Questionnaire;
import io.pryv.sizer.model.Sizing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.Deflater;

/**
 * The PDF procurement brief: the sizing laid out for purchasing, A4 portrait, one bookmarked section
 * each for the title block, summary, topology, bill of materials, capacity, data disk growth, growth and headroom
 * over the plan, costs, what to order, firewall,
 * system requirements, findings, checklists, assumptions and decision log. It only lays out what
 * {@link Sizing} holds. The same sizing always gives the same bytes: the dates come from the
 * questionnaire, the file ID and font subset tags from a digest of the sizing.
 */
public final class Brief {
    /** Section titles, in the order of the document and of its outline. */
    public static final java.util.List<String> SECTIONS = java.util.List.of(
            Overview.TITLE, Overview.SUMMARY, Platform.TOPOLOGY, Platform.BOM, Platform.CAPACITY, Platform.STORAGE,
            Growth.GROWTH, Growth.COSTS, Orders.TITLE, Platform.FIREWALL, Operations.REQUIREMENTS, Operations.FINDINGS, Operations.CHECKLISTS,
            Operations.ASSUMPTIONS, Operations.DECISIONS);

    /** Changes when the layout does, so that a new layout never shares a file ID with an old one. */
    private static final String LAYOUT = "brief-layout-4";
    private static final String TOOL = "Pryv.io procurement sizer";
    static final float MARGIN = 56, TOP = 68, BOTTOM = 62;

    private Brief() {}

    /** Writes the brief to {@code out}, whole or not at all. */
    public static void write(Sizing sizing, Path out) throws IOException {
        AtomicWrite.write(out, stream -> write(sizing, stream));
    }

    /**
     * The characters of the customer's own texts (names, project, zones, locations) that the brief's fonts
     * cannot draw, such as 北 or 京, once each, as code points. The brief leaves them out, and says so on its
     * first page.
     */
    public static List<Integer> unprintable(Questionnaire q) {
        Stream<String> texts = Stream.concat(Stream.of(q.customerName(), q.projectName(), q.preparedBy()),
                q.zones().stream().flatMap(z -> Stream.of(z.name(), z.location())));
        return texts.flatMapToInt(String::codePoints).distinct()
                .filter(c -> !Look.printable(Character.toString(c))).boxed().toList();
    }

    /** Writes the brief to a stream, which stays open. */
    public static void write(Sizing sizing, OutputStream out) throws IOException {
        Questionnaire q = sizing.questionnaire();
        byte[] digest = digest(sizing);
        Look look = new Look(ByteBuffer.wrap(digest).getLong());
        Document doc = new Document(PageSize.A4, MARGIN, MARGIN, TOP, BOTTOM);
        try {
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            writer.setCloseStream(false);
            writer.setPdfVersion(PdfWriter.VERSION_1_7);
            // Deflating was nearly half the brief's cost at the default level; the fastest level halves
            // that for a few per cent more bytes, which object streams (full compression) win back.
            writer.setFullCompression();
            writer.setCompressionLevel(Deflater.BEST_SPEED);
            writer.setViewerPreferences(PdfWriter.PageModeUseOutlines);
            writer.setPageEvent(new PageFrame(look, q.customerName() + " · " + q.projectName(),
                    "Questionnaire of " + q.questionnaireDate() + " · " + q.profile().rules(sizing.rulesVersion())));

            doc.addTitle("Pryv.io procurement brief: " + q.customerName() + ", " + q.projectName());
            doc.addAuthor(q.preparedBy().isBlank() ? TOOL : q.preparedBy());
            doc.addSubject("Machines to procure for the Pryv.io platform of " + q.customerName() + " ("
                    + sizing.topology().label() + ", " + sizing.vmCount() + " machines)");
            doc.addKeywords("Pryv.io, procurement, sizing, " + sizing.topology().label() + ", " + q.customerName());
            doc.addCreator(TOOL + ", " + q.profile().rules(sizing.rulesVersion()));
            fixInfo(writer.getInfo(), q, digest);

            doc.open();
            new Overview(doc, writer, look, sizing).add();
            new Platform(doc, writer, look, sizing).add();
            new Operations(doc, writer, look, sizing).add();
            doc.close();
        } catch (DocumentException e) {
            throw new IOException("cannot lay out the brief: " + e.getMessage(), e);
        }
    }

    /**
     * OpenPDF stamps the wall-clock time as /CreationDate and draws a random /ID unless the info
     * dictionary already holds a FileID. Both are replaced by values of the sizing alone.
     */
    private static void fixInfo(PdfDictionary info, Questionnaire q, byte[] digest) {
        GregorianCalendar day = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        day.clear();
        day.set(q.questionnaireDate().getYear(), q.questionnaireDate().getMonthValue() - 1, q.questionnaireDate().getDayOfMonth());
        info.put(PdfName.CREATIONDATE, new PdfDate(day));
        info.put(PdfName.MODDATE, new PdfDate(day));
        info.put(PdfName.PRODUCER, new PdfString(Document.getVersion()));
        byte[] id = Arrays.copyOf(digest, 16);
        info.put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
    }

    /** SHA-256 of the whole model (records print every field) and the layout version. */
    private static byte[] digest(Sizing sizing) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(LAYOUT.getBytes(StandardCharsets.UTF_8));
            sha.update(sizing.toString().getBytes(StandardCharsets.UTF_8));
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
