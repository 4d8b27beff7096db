package org.tongban.documents;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.GregorianCalendar;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;

/**
 * Makes a rendered document PDF/A-2b: an sRGB output intent (Java's own profile, so no file to
 * ship), XMP metadata that matches the document information dictionary, and a file identifier
 * derived from the content so the same document gives the same bytes. The document number, case
 * number, kind and verification code are custom XMP properties described by a PDF/A extension schema.
 */
final class PdfArchive {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final String PRODUCER = "Tongban 通办 (Apache PDFBox)";
    static final String NAMESPACE = "https://tongban.org/ns/document/1.0/";
    private static final String SRGB = "sRGB IEC61966-2.1";

    private PdfArchive() {
    }

    static void apply(PDDocument document, DocumentModel model) throws IOException {
        document.setVersion(1.7f);
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        catalog.setLanguage("zh-CN");

        PDOutputIntent intent = new PDOutputIntent(document,
                new ByteArrayInputStream(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData()));
        intent.setInfo(SRGB);
        intent.setOutputCondition(SRGB);
        intent.setOutputConditionIdentifier(SRGB);
        intent.setRegistryName("http://www.color.org");
        catalog.addOutputIntent(intent);

        ZonedDateTime issued = model.issuedAt().atZone(ZONE).withNano(0);
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(model.content().title());
        info.setAuthor(model.issuer().headerName());
        info.setSubject(subject(model));
        info.setKeywords(model.number());
        info.setCreator("Tongban 通办");
        info.setProducer(PRODUCER);
        info.setCreationDate(GregorianCalendar.from(issued));
        info.setModificationDate(GregorianCalendar.from(issued));

        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(xmp(model, issued).getBytes(StandardCharsets.UTF_8));
        catalog.setMetadata(metadata);

        byte[] id = Arrays.copyOf(java.util.HexFormat.of().parseHex(model.contentSha256()), 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        document.getDocument().setDocumentID(ids);
    }

    static String subject(DocumentModel model) {
        return model.content().title() + " " + model.number() + "，案件编号 " + model.caseNumber();
    }

    private static String xmp(DocumentModel model, ZonedDateTime issued) {
        String date = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(issued);
        return """
                <?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
                <x:xmpmeta xmlns:x="adobe:ns:meta/">
                 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                  <rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
                   <pdfaid:part>2</pdfaid:part>
                   <pdfaid:conformance>B</pdfaid:conformance>
                  </rdf:Description>
                  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
                   <dc:format>application/pdf</dc:format>
                   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">%1$s</rdf:li></rdf:Alt></dc:title>
                   <dc:creator><rdf:Seq><rdf:li>%2$s</rdf:li></rdf:Seq></dc:creator>
                   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">%3$s</rdf:li></rdf:Alt></dc:description>
                   <dc:language><rdf:Bag><rdf:li>zh-CN</rdf:li></rdf:Bag></dc:language>
                  </rdf:Description>
                  <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
                   <xmp:CreateDate>%4$s</xmp:CreateDate>
                   <xmp:ModifyDate>%4$s</xmp:ModifyDate>
                   <xmp:MetadataDate>%4$s</xmp:MetadataDate>
                   <xmp:CreatorTool>Tongban 通办</xmp:CreatorTool>
                  </rdf:Description>
                  <rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
                   <pdf:Producer>%5$s</pdf:Producer>
                   <pdf:Keywords>%6$s</pdf:Keywords>
                  </rdf:Description>
                  <rdf:Description rdf:about="" xmlns:tb="%7$s">
                   <tb:documentNumber>%6$s</tb:documentNumber>
                   <tb:caseNumber>%8$s</tb:caseNumber>
                   <tb:documentKind>%9$s</tb:documentKind>
                   <tb:verificationCode>%10$s</tb:verificationCode>
                  </rdf:Description>
                  <rdf:Description rdf:about=""
                    xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"
                    xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#"
                    xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
                   <pdfaExtension:schemas>
                    <rdf:Bag>
                     <rdf:li rdf:parseType="Resource">
                      <pdfaSchema:schema>Tongban official document</pdfaSchema:schema>
                      <pdfaSchema:namespaceURI>%7$s</pdfaSchema:namespaceURI>
                      <pdfaSchema:prefix>tb</pdfaSchema:prefix>
                      <pdfaSchema:property>
                       <rdf:Seq>
                %11$s
                       </rdf:Seq>
                      </pdfaSchema:property>
                     </rdf:li>
                    </rdf:Bag>
                   </pdfaExtension:schemas>
                  </rdf:Description>
                 </rdf:RDF>
                </x:xmpmeta>
                <?xpacket end="w"?>
                """.formatted(xml(model.content().title()), xml(model.issuer().headerName()), xml(subject(model)),
                date, xml(PRODUCER), xml(model.number()), NAMESPACE, xml(model.caseNumber()), model.kind().name(),
                model.verificationCode(),
                property("documentNumber", "Document number (文号)")
                        + property("caseNumber", "Case number (案件编号)")
                        + property("documentKind", "Kind of document")
                        + property("verificationCode", "Verification code printed on every page"));
    }

    private static String property(String name, String description) {
        return """
                        <rdf:li rdf:parseType="Resource">
                         <pdfaProperty:name>%s</pdfaProperty:name>
                         <pdfaProperty:valueType>Text</pdfaProperty:valueType>
                         <pdfaProperty:category>external</pdfaProperty:category>
                         <pdfaProperty:description>%s</pdfaProperty:description>
                        </rdf:li>
                """.formatted(name, xml(description));
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
