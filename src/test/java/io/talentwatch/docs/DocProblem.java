package io.talentwatch.docs;

/** One thing wrong in a Markdown file, at a line (0 when unknown), said so that it can be fixed without looking further. */
record DocProblem(String file, int line, String message) {
    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
