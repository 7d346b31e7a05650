package io.talentwatch.model;

import java.io.Serializable;
import java.util.Locale;

/**
 * What one count series counts: mentions of a company, on-topic mentions of a company, or
 * mentions stating a talent flow from {@code source} to {@code company} (the acquirer). Windows
 * and spikes are kept per series; {@link #id()} is the key and the prefix of their document ids.
 */
public record SeriesKey(Kind kind, String company, String topic, String source) implements Serializable {

    public enum Kind {
        COMPANY, COMPANY_TOPIC, FLOW;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public static SeriesKey company(String company) {
        return new SeriesKey(Kind.COMPANY, company, null, null);
    }

    public static SeriesKey companyTopic(String company, String topic) {
        return new SeriesKey(Kind.COMPANY_TOPIC, company, topic, null);
    }

    public static SeriesKey flow(String acquirer, String source) {
        return new SeriesKey(Kind.FLOW, acquirer, null, source);
    }

    /** e.g. {@code company:meta}, {@code company-topic:meta:talent-poaching}, {@code flow:meta<-openai}. */
    public String id() {
        return switch (kind) {
            case COMPANY -> "company:" + company;
            case COMPANY_TOPIC -> "company-topic:" + company + ":" + topic;
            case FLOW -> "flow:" + flowDirection();
        };
    }

    /** {@code acquirer<-source} for a flow series, as mentions write it; null otherwise. */
    public String flowDirection() {
        return kind == Kind.FLOW ? company + "<-" + source : null;
    }
}
