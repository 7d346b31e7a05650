package io.talentwatch.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * One Markdown file as the checks see it, parsed by commonmark with GitHub's tables: the anchors of
 * its headings, its link targets, and the code in it (code block lines, code spans, and the rows of
 * command tables) where command lines may be written. Links inside code are code, not links.
 */
record MarkdownPage(String path, Set<String> anchors, List<Target> links, List<Snippet> codeLines,
                    List<Snippet> codeSpans, List<CommandRow> commandRows) {

    /** A link or image destination as written, and its line. */
    record Target(String destination, int line) {}

    /** A code block's logical line (continuation backslashes joined) or a code span's text, and its line. */
    record Snippet(String text, int line) {}

    /** A body row of a table headed {@code command}: its first cell's text and the code spans of its other cells. */
    record CommandRow(String firstCell, List<String> otherSpans, int line) {}

    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    static MarkdownPage parse(String path, String markdown) {
        Collector collector = new Collector();
        collector.walk(PARSER.parse(markdown));
        return new MarkdownPage(path, collector.anchors.all(), List.copyOf(collector.links),
                List.copyOf(collector.codeLines), List.copyOf(collector.codeSpans), List.copyOf(collector.commandRows));
    }

    private static final class Collector {
        final GithubAnchors anchors = new GithubAnchors();
        final List<Target> links = new ArrayList<>();
        final List<Snippet> codeLines = new ArrayList<>();
        final List<Snippet> codeSpans = new ArrayList<>();
        final List<CommandRow> commandRows = new ArrayList<>();

        void walk(Node node) {
            if (node instanceof Heading) {
                anchors.add(text(node));
            } else if (node instanceof Link link) {
                links.add(new Target(link.getDestination(), line(node)));
            } else if (node instanceof Image image) {
                links.add(new Target(image.getDestination(), line(node)));
            } else if (node instanceof LinkReferenceDefinition definition) {
                links.add(new Target(definition.getDestination(), line(node)));
            } else if (node instanceof Code code) {
                codeSpans.add(new Snippet(code.getLiteral(), line(node)));
            } else if (node instanceof FencedCodeBlock block) {
                addCodeLines(block.getLiteral(), line(node) + 1);
            } else if (node instanceof IndentedCodeBlock block) {
                addCodeLines(block.getLiteral(), line(node));
            } else if (node instanceof TableBlock table && isCommandTable(table)) {
                addCommandRows(table);
                return; // its code spans belong to their rows
            }
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                walk(child);
            }
        }

        /** A line ending in a backslash goes on: the command it starts ends on a later line. */
        private void addCodeLines(String literal, int firstLine) {
            String[] lines = literal.split("\n", -1);
            StringBuilder logical = new StringBuilder();
            int start = firstLine;
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i];
                if (logical.isEmpty()) {
                    start = firstLine + i;
                }
                if (line.endsWith("\\")) {
                    logical.append(line, 0, line.length() - 1).append(' ');
                    continue;
                }
                logical.append(line);
                codeLines.add(new Snippet(logical.toString(), start));
                logical.setLength(0);
            }
            if (!logical.isEmpty()) {
                codeLines.add(new Snippet(logical.toString(), start));
            }
        }

        private static boolean isCommandTable(TableBlock table) {
            Node head = table.getFirstChild();
            if (!(head instanceof TableHead) || !(head.getFirstChild() instanceof TableRow row)) {
                return false;
            }
            return row.getFirstChild() != null && text(row.getFirstChild()).strip().toLowerCase(Locale.ROOT).equals("command");
        }

        private void addCommandRows(TableBlock table) {
            for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
                if (!(section instanceof TableBody)) {
                    continue;
                }
                for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                    Node first = row.getFirstChild();
                    if (!(first instanceof TableCell)) {
                        continue;
                    }
                    List<String> otherSpans = new ArrayList<>();
                    for (Node cell = first.getNext(); cell != null; cell = cell.getNext()) {
                        collectSpans(cell, otherSpans);
                    }
                    commandRows.add(new CommandRow(text(first), otherSpans, line(row)));
                    for (Node cell = first; cell != null; cell = cell.getNext()) {
                        collectLinks(cell);
                    }
                }
            }
        }

        private static void collectSpans(Node node, List<String> spans) {
            if (node instanceof Code code) {
                spans.add(code.getLiteral());
            }
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                collectSpans(child, spans);
            }
        }

        private void collectLinks(Node node) {
            if (node instanceof Link link) {
                links.add(new Target(link.getDestination(), line(node)));
            } else if (node instanceof Image image) {
                links.add(new Target(image.getDestination(), line(node)));
            }
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                collectLinks(child);
            }
        }

        /** The text a reader sees: code spans without backticks, links by their text, line breaks as spaces. */
        private static String text(Node node) {
            StringBuilder text = new StringBuilder();
            appendText(node, text);
            return text.toString();
        }

        private static void appendText(Node node, StringBuilder text) {
            if (node instanceof Text t) {
                text.append(t.getLiteral());
            } else if (node instanceof Code code) {
                text.append(code.getLiteral());
            } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
                text.append(' ');
            }
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                appendText(child, text);
            }
        }

        /** 1-based line of a node, from its own source span or the nearest ancestor's. */
        private static int line(Node node) {
            for (Node n = node; n != null; n = n.getParent()) {
                List<SourceSpan> spans = n.getSourceSpans();
                if (!spans.isEmpty()) {
                    return spans.get(0).getLineIndex() + 1;
                }
            }
            return 0;
        }
    }
}
