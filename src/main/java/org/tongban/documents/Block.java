package org.tongban.documents;

import java.util.List;
import java.util.Objects;

/** A piece of a document's body, laid out top to bottom. */
public sealed interface Block permits Block.Paragraph, Block.Heading, Block.Table, Block.Image {

    /** The text of the block as printed, in reading order; part of the content digest. */
    String text();

    /** A body paragraph, first line indented two characters; an optional bold lead-in such as 理由：. */
    record Paragraph(String lead, String body) implements Block {
        public Paragraph {
            lead = lead == null ? "" : lead;
            Objects.requireNonNull(body, "body");
        }

        public static Paragraph of(String body) {
            return new Paragraph("", body);
        }

        @Override
        public String text() {
            return lead + body;
        }
    }

    /** A bold heading such as 一、申请事项. */
    record Heading(String body) implements Block {
        public Heading {
            Objects.requireNonNull(body, "body");
        }

        @Override
        public String text() {
            return body;
        }
    }

    /**
     * A bordered table; header may be empty. Column widths are relative weights, one per column.
     * A table longer than a page continues on the next with its header repeated.
     */
    record Table(List<String> header, List<List<String>> rows, List<Integer> widths) implements Block {
        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
            widths = List.copyOf(widths);
            int columns = widths.size();
            if (columns == 0 || (!header.isEmpty() && header.size() != columns)
                    || rows.stream().anyMatch(r -> r.size() != columns)) {
                throw new IllegalArgumentException("Every row and the header need " + columns + " cells");
            }
        }

        /** A table with equal columns. */
        public static Table of(List<String> header, List<List<String>> rows) {
            int columns = header.isEmpty() ? rows.get(0).size() : header.size();
            return new Table(header, rows, java.util.Collections.nCopies(columns, 1));
        }

        /**
         * The 公示 list (common.md §6.6): masked name, grass-roots unit, item and amount, never the ID,
         * card, category, grade, diagnosis or address, which the entry cannot even carry.
         */
        public static Table publicNotice(List<PublicNoticeEntry> entries) {
            List<List<String>> rows = new java.util.ArrayList<>();
            int n = 1;
            for (PublicNoticeEntry e : entries) {
                rows.add(List.of(String.valueOf(n++), e.maskedName(), e.unit(), e.item(), e.formattedAmount()));
            }
            return new Table(List.of("序号", "姓名", "所在社区（嘎查）", "项目", "金额（元）"), rows,
                    List.of(2, 3, 5, 6, 3));
        }

        @Override
        public String text() {
            StringBuilder s = new StringBuilder(String.join("\t", header));
            for (List<String> row : rows) {
                s.append('\n').append(String.join("\t", row));
            }
            return s.toString();
        }
    }

    /**
     * A photo (PNG or JPEG) scaled to fit the type area, at most half a page high, centred, with
     * its caption below. Its digest, not its bytes, enters the document's content digest.
     */
    record Image(String caption, byte[] content) implements Block {
        public Image {
            caption = caption == null ? "" : caption;
            Objects.requireNonNull(content, "content");
            content = content.clone();
        }

        @Override
        public byte[] content() {
            return content.clone();
        }

        @Override
        public String text() {
            return caption + " sha256:" + DocumentModel.sha256(content);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Image other && caption.equals(other.caption)
                    && java.util.Arrays.equals(content, other.content);
        }

        @Override
        public int hashCode() {
            return caption.hashCode() * 31 + java.util.Arrays.hashCode(content);
        }

        @Override
        public String toString() {
            return "Image[" + caption + ", " + content.length + " bytes]";
        }
    }
}
