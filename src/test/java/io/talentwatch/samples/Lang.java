package io.talentwatch.samples;

/** The two languages of the feed. */
enum Lang {
    EN("en"), AR("ar");

    final String code;

    Lang(String code) {
        this.code = code;
    }

    Lang other() {
        return this == EN ? AR : EN;
    }
}
