package io.talentwatch.model;

import java.io.Serializable;

/**
 * "Who poaches whom" as one text states it: {@code acquirer} gains people from {@code source} (both
 * company ids). {@code people} and {@code moneyUsd} are set only when the text gives them;
 * [{@code start}, {@code end}) is the sentence that says so, as char offsets into the text.
 */
public record TalentFlow(String acquirer, String source, Integer people, Long moneyUsd, int start, int end)
        implements Serializable {

    public TalentFlow {
        if (acquirer.equals(source)) {
            throw new IllegalArgumentException("a company cannot poach from itself: " + acquirer);
        }
    }

    /** "meta<-openai": the direction as one keyword, for terms aggregations. */
    public String direction() {
        return acquirer + "<-" + source;
    }
}
