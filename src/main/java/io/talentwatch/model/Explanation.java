package io.talentwatch.model;

import java.io.Serializable;

/**
 * What a window's mentions were about, most frequent first: the topic terms they used, the other
 * watched companies they named, their sources and languages, and a few representative headlines.
 * Arrays, not lists: these travel between Flink operators, and Flink serializes arrays of records
 * itself where a JDK immutable list would fall to Kryo.
 */
public record Explanation(NamedCount[] terms, NamedCount[] companies, NamedCount[] sources, NamedCount[] languages,
        Headline[] headlines) implements Serializable {

    public static final Explanation NONE =
            new Explanation(new NamedCount[0], new NamedCount[0], new NamedCount[0], new NamedCount[0], new Headline[0]);
}
