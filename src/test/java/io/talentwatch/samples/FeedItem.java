package io.talentwatch.samples;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One line of the sample feed, in the shape the ingest side expects. {@code title} is absent on
 * social posts and {@code lang} is only a hint, so both are left out of the JSON when null.
 *
 * @param language the language the text is really written in ({@code "en"} or {@code "ar"}); not
 *                 written out, only used for the generator's summary
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "kind", "source", "url", "author", "title", "text", "lang", "published"})
record FeedItem(
        @JsonProperty("id") String id,
        @JsonProperty("kind") String kind,
        @JsonProperty("source") String source,
        @JsonProperty("url") String url,
        @JsonProperty("author") String author,
        @JsonProperty("title") String title,
        @JsonProperty("text") String text,
        @JsonProperty("lang") String lang,
        @JsonIgnore Instant publishedAt,
        @JsonIgnore String language) {

    static final String NEWS = "news";
    static final String SOCIAL = "social";

    @JsonProperty("published")
    String published() {
        return publishedAt.toString();
    }

    boolean isNews() {
        return NEWS.equals(kind);
    }
}
