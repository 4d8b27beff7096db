package org.tongban.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Writes one PDF of every kind to {@code target/documents/} for people to look at, e.g. with
 * {@code pdftoppm -png -r 60 target/documents/decision-refused.pdf /tmp/decision}.
 */
class DocumentGalleryTest {

    @Test
    void writes_one_pdf_of_every_kind_to_target_documents() throws IOException {
        Path dir = Path.of("target", "documents");
        Files.createDirectories(dir);
        DocumentRenderer renderer = new DocumentRenderer();
        long sequence = 1;
        for (Map.Entry<String, DocumentRequest> sample : SampleDocuments.requests().entrySet()) {
            byte[] pdf = renderer.render(SampleDocuments.model(sample.getValue(), sequence++));
            Path file = dir.resolve(sample.getKey() + ".pdf");
            Files.write(file, pdf);
            assertThat(file).isNotEmptyFile();
        }
        assertThat(dir.resolve("public-notice.pdf")).exists();
    }
}
